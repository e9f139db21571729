package dev.gridsight.catalog.internal.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SampleRestaurantSalesTest {

	@TempDir
	static Path directory;

	static CsvTable sales;

	/** The first line of each order, in file order. */
	static Map<String, String[]> orders;

	@BeforeAll
	static void writeTheSales() throws IOException {
		sales = CsvTable.read(new SampleDataGenerator().writeRestaurantSales(directory));
		orders = new LinkedHashMap<>();
		for (String[] row : sales.rows()) {
			orders.putIfAbsent(sales.text(row, "order_id"), row);
		}
	}

	@Test
	void staysWithinTheSizeAndPeriodItPromises() {
		assertThat(sales.rows()).hasSizeBetween(60_000, 100_000);
		assertThat(sales.rows()).allSatisfy(row -> assertThat(LocalDate.parse(sales.text(row, "business_date")))
			.isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
		assertThat(orders.values()).extracting(row -> sales.text(row, "location"))
			.containsOnly("Shoreditch", "Camden", "Canary Wharf", "Clapham");
		assertThat(orders.values()).extracting(row -> sales.text(row, "channel"))
			.containsOnly("Dine-in", "Takeout", "Delivery - DoorDash", "Delivery - UberEats", "Online");
	}

	@Test
	void revenueIsQuantityTimesUnitPriceToTheCent() {
		for (String[] row : sales.rows()) {
			BigDecimal unitPrice = new BigDecimal(sales.text(row, "unit_price"));
			BigDecimal revenue = new BigDecimal(sales.text(row, "revenue"));

			assertThat(unitPrice.scale()).isEqualTo(2);
			assertThat(revenue.scale()).isEqualTo(2);
			assertThat(revenue).isEqualTo(unitPrice.multiply(new BigDecimal(sales.text(row, "quantity"))));
			assertThat(unitPrice).isPositive();
		}
	}

	@Test
	void linesOfAnOrderShareLocationChannelTimeAndPayment() {
		List<String> shared = List.of("ordered_at", "business_date", "location", "channel", "payment_method");
		for (String[] row : sales.rows()) {
			String[] first = orders.get(sales.text(row, "order_id"));
			for (String column : shared) {
				assertThat(sales.text(row, column)).as(column).isEqualTo(sales.text(first, column));
			}
		}
	}

	@Test
	void orderIdsFollowTheOrderTime() {
		LocalDateTime previous = LocalDateTime.MIN;
		String previousId = "";
		for (String[] first : orders.values()) {
			LocalDateTime orderedAt = sales.timestamp(first, "ordered_at");
			assertThat(orderedAt).isAfterOrEqualTo(previous);
			assertThat(sales.text(first, "order_id")).isGreaterThan(previousId);
			previous = orderedAt;
			previousId = sales.text(first, "order_id");
		}
	}

	@Test
	void dinnerPeakIsBusierThanMidAfternoon() {
		int[] ordersByHour = new int[24];
		orders.values().forEach(first -> ordersByHour[sales.timestamp(first, "ordered_at").getHour()]++);

		int dinnerPeak = 0;
		for (int hour = 17; hour <= 21; hour++) {
			dinnerPeak = Math.max(dinnerPeak, ordersByHour[hour]);
		}
		int lunchPeak = Math.max(ordersByHour[11], Math.max(ordersByHour[12], ordersByHour[13]));
		assertThat(dinnerPeak).isGreaterThan(3 * ordersByHour[15]);
		assertThat(lunchPeak).isGreaterThan(3 * ordersByHour[15]);
	}

	@Test
	void saturdaysAreBusierThanMondays() {
		long saturdays = countOrdersOn(DayOfWeek.SATURDAY);
		long mondays = countOrdersOn(DayOfWeek.MONDAY);

		assertThat(saturdays).isGreaterThan(mondays * 11 / 10);
	}

	@Test
	void businessDateIsTheLondonDayThatEndsAtFourInTheMorning() {
		ZoneId london = ZoneId.of("Europe/London");
		for (String[] first : orders.values()) {
			LocalDateTime local = sales.timestamp(first, "ordered_at")
				.atOffset(ZoneOffset.UTC)
				.atZoneSameInstant(london)
				.toLocalDateTime();
			assertThat(sales.text(first, "business_date")).isEqualTo(local.minusHours(4).toLocalDate().toString());
		}
	}

	@Test
	void pizzaTuesdayTakesThirtyPercentOffPizza() {
		assertThat(unitPrices("2025-03-04", "Margherita", "Dine-in")).containsOnly("7.35");
		assertThat(unitPrices("2025-03-11", "Margherita", "Dine-in")).containsOnly("10.50");
		assertThat(unitPrices("2025-03-11", "Margherita", "Delivery - UberEats")).containsOnly("12.10");
	}

	private static long countOrdersOn(DayOfWeek day) {
		return orders.values()
			.stream()
			.filter(first -> LocalDate.parse(sales.text(first, "business_date")).getDayOfWeek() == day)
			.count();
	}

	private static List<String> unitPrices(String businessDate, String item, String channel) {
		List<String> prices = sales.rows()
			.stream()
			.filter(row -> sales.text(row, "business_date").equals(businessDate) && sales.text(row, "item").equals(item)
					&& sales.text(row, "channel").equals(channel))
			.map(row -> sales.text(row, "unit_price"))
			.distinct()
			.toList();
		assertThat(prices).as(item + " on " + businessDate + " " + channel).isNotEmpty();
		return prices;
	}

}

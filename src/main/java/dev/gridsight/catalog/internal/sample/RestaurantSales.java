package dev.gridsight.catalog.internal.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;

/**
 * A London restaurant group's order lines, 2025-01-01 to 2025-06-30: four locations, five
 * channels, one row per item of an order. Orders peak at lunch and dinner, weekends are
 * busier (except in the City), delivery apps charge 15% more, and a few promotions move
 * both prices and volumes. {@code ordered_at} is UTC; {@code business_date} is the local
 * trading day, which runs until 04:00 so late orders count for the evening before.
 */
final class RestaurantSales {

	static final String NAME = "restaurant_sales";

	static final String FILE = "restaurant_sales.csv";

	static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	/** A trading day runs from 04:00 local to 04:00 the next morning. */
	static final int BUSINESS_DAY_START_HOUR = 4;

	static final List<String> CHANNELS = List.of("Dine-in", "Takeout", "Delivery - DoorDash", "Delivery - UberEats",
			"Online");

	static final List<Location> LOCATIONS = List.of(
			new Location("Shoreditch", 44, new double[] { 0.8, 0.85, 0.9, 1.0, 1.25, 1.35, 1.1 }, false, true, 0.35),
			new Location("Camden", 40, new double[] { 0.8, 0.85, 0.9, 1.0, 1.25, 1.4, 1.15 }, false, true, 0.33),
			new Location("Canary Wharf", 38, new double[] { 1.2, 1.25, 1.25, 1.2, 1.0, 0.45, 0.3 }, true, false, 0.6),
			new Location("Clapham", 32, new double[] { 0.75, 0.8, 0.85, 0.95, 1.2, 1.4, 1.25 }, false, false, 0.3));

	static final List<MenuItem> MENU = List.of(new MenuItem("Classic Burger", "Burgers", 1150, 10),
			new MenuItem("Cheeseburger", "Burgers", 1250, 9), new MenuItem("Veggie Burger", "Burgers", 1190, 5),
			new MenuItem("Chicken Burger", "Burgers", 1220, 6), new MenuItem("Margherita", "Pizza", 1050, 9),
			new MenuItem("Pepperoni Pizza", "Pizza", 1290, 9), new MenuItem("Quattro Formaggi", "Pizza", 1350, 4),
			new MenuItem("Vegan Garden Pizza", "Pizza", 1250, 3), new MenuItem("Caesar Salad", "Salads", 980, 5),
			new MenuItem("Greek Salad", "Salads", 920, 3), new MenuItem("Fries", "Sides", 390, 10),
			new MenuItem("Sweet Potato Fries", "Sides", 450, 5), new MenuItem("Onion Rings", "Sides", 420, 4),
			new MenuItem("Garlic Bread", "Sides", 480, 4), new MenuItem("Cola", "Drinks", 280, 8),
			new MenuItem("Lemonade", "Drinks", 320, 4), new MenuItem("Sparkling Water", "Drinks", 250, 4),
			new MenuItem("Craft Beer", "Drinks", 550, 5), new MenuItem("House Wine", "Drinks", 650, 3),
			new MenuItem("Coffee", "Drinks", 260, 3), new MenuItem("Chocolate Brownie", "Desserts", 520, 4),
			new MenuItem("Cheesecake", "Desserts", 590, 3), new MenuItem("Ice Cream", "Desserts", 450, 3));

	/** The menu's prices rise 5% from this day on. */
	static final LocalDate PRICE_RISE = LocalDate.of(2025, 4, 1);

	/** Delivery apps list every item 15% dearer. */
	static final int DELIVERY_MARKUP_PERCENT = 15;

	static final List<Promotion> PROMOTIONS = List.of(
			new Promotion("Pizza Tuesday", LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 4), "Pizza", 30, 1.35),
			new Promotion("Pizza Tuesday", LocalDate.of(2025, 4, 8), LocalDate.of(2025, 4, 8), "Pizza", 30, 1.35),
			new Promotion("Pizza Tuesday", LocalDate.of(2025, 5, 13), LocalDate.of(2025, 5, 13), "Pizza", 30, 1.35),
			new Promotion("Burger Week", LocalDate.of(2025, 5, 19), LocalDate.of(2025, 5, 25), "Burgers", 25, 1.2));

	/** Valentine's Day fills the dining rooms in the evening. */
	static final LocalDate VALENTINES_DAY = LocalDate.of(2025, 2, 14);

	/** Camden is closed for a refit: no orders on these days. */
	static final LocalDate CAMDEN_REFIT_FROM = LocalDate.of(2025, 2, 3);

	static final LocalDate CAMDEN_REFIT_TO = LocalDate.of(2025, 2, 5);

	static final List<DatasetColumn> COLUMNS = List.of(
			SampleDataset.column("order_id", ColumnType.VARCHAR, ColumnRole.ID, null,
					"The order; its lines share location, channel, time and payment", "order"),
			SampleDataset.column("ordered_at", ColumnType.TIMESTAMP, ColumnRole.TIME, null,
					"When the order was placed, UTC", "time", "order time"),
			SampleDataset.column("business_date", ColumnType.DATE, ColumnRole.TIME, null,
					"Local trading day (runs until 04:00 the next morning)", "day", "date"),
			SampleDataset.column("location", ColumnType.VARCHAR, ColumnRole.DIMENSION, null,
					"Shoreditch, Camden, Canary Wharf or Clapham", "restaurant", "store", "site"),
			SampleDataset.column("channel", ColumnType.VARCHAR, ColumnRole.DIMENSION, null,
					"Dine-in, Takeout, Delivery - DoorDash, Delivery - UberEats or Online", "sales channel"),
			SampleDataset.column("item", ColumnType.VARCHAR, ColumnRole.DIMENSION, null, "Menu item", "product",
					"dish"),
			SampleDataset.column("category", ColumnType.VARCHAR, ColumnRole.DIMENSION, null,
					"Burgers, Pizza, Salads, Sides, Drinks or Desserts", "product category"),
			SampleDataset.column("quantity", ColumnType.BIGINT, ColumnRole.MEASURE, "items", "Items on the line",
					"units", "qty"),
			SampleDataset.measure("unit_price", "GBP", "Price of one item on this channel and day", "price"),
			SampleDataset.measure("revenue", "GBP", "quantity × unit_price", "sales", "turnover", "subtotal"),
			SampleDataset.column("payment_method", ColumnType.VARCHAR, ColumnRole.DIMENSION, null,
					"Card, Mobile wallet, Cash or Platform (paid through the delivery app)", "payment"));

	private static final long SEED = 0x6A1D_5EED_2025_0003L;

	private static final double[] MONTH_FACTOR = { 0.82, 0.9, 0.98, 1.03, 1.08, 1.12 };

	private RestaurantSales() {
	}

	static SampleDataset describe(Path directory) {
		return new SampleDataset(NAME,
				"Order lines of four London restaurants (Shoreditch, Camden, Canary Wharf, Clapham) from "
						+ "2025-01-01 to 2025-06-30 over five channels: one row per item ordered, with quantity, "
						+ "unit price and revenue in GBP. ordered_at is UTC; business_date is the local trading day.",
				directory.resolve(FILE), COLUMNS, List.of());
	}

	static Path write(Path directory) throws IOException {
		Path file = directory.resolve(FILE);
		Random random = new Random(SEED);
		int orderNumber = 0;
		try (CsvFile csv = new CsvFile(file, COLUMNS.stream().map(DatasetColumn::name).toList())) {
			for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
				List<Order> orders = new ArrayList<>();
				for (int l = 0; l < LOCATIONS.size(); l++) {
					orders.addAll(ordersOf(day, l, random));
				}
				orders.sort(Comparator.comparing(Order::orderedAt).thenComparingInt(Order::location));
				for (Order order : orders) {
					orderNumber++;
					String digits = Integer.toString(orderNumber);
					String orderId = "ORD-" + "000000".substring(Math.min(6, digits.length())) + digits;
					for (Line line : order.lines()) {
						csv.text(orderId)
							.timestamp(order.orderedAt())
							.date(day)
							.text(LOCATIONS.get(order.location()).name())
							.text(order.channel())
							.text(line.item().name())
							.text(line.item().category())
							.integer(line.quantity())
							.cents(line.unitPriceCents())
							.cents(line.quantity() * line.unitPriceCents())
							.text(order.paymentMethod());
						csv.endRow();
					}
				}
			}
		}
		return file;
	}

	/** The price of one item on a channel and day, in pence. */
	static long unitPriceCents(MenuItem item, String channel, LocalDate day) {
		long price = item.priceCents();
		if (!day.isBefore(PRICE_RISE)) {
			price = roundToTenPence(price * 105);
		}
		if (channel.startsWith("Delivery")) {
			price = roundToTenPence(price * (100 + DELIVERY_MARKUP_PERCENT));
		}
		for (Promotion promotion : PROMOTIONS) {
			if (promotion.covers(day) && promotion.category().equals(item.category())) {
				price = (price * (100 - promotion.discountPercent()) + 50) / 100;
			}
		}
		return price;
	}

	/** A price times a percentage, to the nearest 10 pence. */
	private static long roundToTenPence(long priceTimesPercent) {
		return (priceTimesPercent + 500) / 1000 * 10;
	}

	private static List<Order> ordersOf(LocalDate day, int locationIndex, Random random) {
		Location location = LOCATIONS.get(locationIndex);
		double dailyMood = StrictMath.exp(0.12 * random.nextGaussian());
		if (location.name().equals("Camden") && !day.isBefore(CAMDEN_REFIT_FROM) && !day.isAfter(CAMDEN_REFIT_TO)) {
			return List.of();
		}
		double expected = location.baseOrders() * location.weekdayFactor()[day.getDayOfWeek().getValue() - 1]
				* MONTH_FACTOR[day.getMonthValue() - 1] * dailyMood;
		for (Promotion promotion : PROMOTIONS) {
			if (promotion.covers(day)) {
				expected *= promotion.volumeFactor();
			}
		}
		boolean valentines = day.equals(VALENTINES_DAY);
		if (valentines) {
			expected *= 1.3;
		}
		double[] hours = location.openingHours(day.getDayOfWeek());
		boolean lateNight = hours[1] > 24;
		double lunchWeight = location.lunchWeight();
		double lateWeight = lateNight ? 0.08 : 0;
		double uniformWeight = 0.12;
		int count = poisson(expected, random);
		List<Order> orders = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			double hour = orderHour(hours, lunchWeight, lateWeight, uniformWeight, random);
			String channel = channel(hour, location, valentines, random);
			long seconds = Math.round(hour * 3600);
			LocalDateTime local = day.atStartOfDay().plusSeconds(seconds);
			LocalDateTime utc = local.atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
			orders.add(new Order(utc, locationIndex, channel, paymentMethod(channel, random),
					lines(day, channel, random)));
		}
		return orders;
	}

	/**
	 * Local hour of an order after midnight of its business day: a lunch peak, a dinner
	 * peak, a late-night bump where open late, and a little all day; inside opening
	 * hours.
	 */
	private static double orderHour(double[] open, double lunchWeight, double lateWeight, double uniformWeight,
			Random random) {
		while (true) {
			double draw = random.nextDouble();
			double hour;
			if (draw < uniformWeight) {
				hour = open[0] + (open[1] - open[0]) * random.nextDouble();
			}
			else if (draw < uniformWeight + lateWeight) {
				hour = 23.3 + 0.5 * random.nextGaussian();
			}
			else if (draw < uniformWeight + lateWeight + lunchWeight * (1 - uniformWeight - lateWeight)) {
				hour = 12.75 + 0.7 * random.nextGaussian();
			}
			else {
				hour = 19.25 + 1.1 * random.nextGaussian();
			}
			if (hour >= open[0] && hour < open[1] - 0.05) {
				return hour;
			}
		}
	}

	private static String channel(double hour, Location location, boolean valentines, Random random) {
		double[] weights;
		if (hour < 15) {
			weights = location.officeDistrict() ? new double[] { 0.2, 0.35, 0.1, 0.1, 0.25 }
					: new double[] { 0.35, 0.25, 0.12, 0.13, 0.15 };
		}
		else if (hour < 17) {
			weights = new double[] { 0.3, 0.25, 0.15, 0.15, 0.15 };
		}
		else if (hour < 22) {
			weights = valentines ? new double[] { 0.75, 0.05, 0.07, 0.08, 0.05 }
					: new double[] { 0.45, 0.12, 0.15, 0.16, 0.12 };
		}
		else {
			weights = new double[] { 0.25, 0.1, 0.3, 0.35, 0.0 };
		}
		return CHANNELS.get(pick(weights, random));
	}

	private static String paymentMethod(String channel, Random random) {
		if (channel.startsWith("Delivery")) {
			return "Platform";
		}
		double draw = random.nextDouble();
		if (channel.equals("Online")) {
			return draw < 0.68 ? "Card" : "Mobile wallet";
		}
		return draw < 0.6 ? "Card" : draw < 0.88 ? "Mobile wallet" : "Cash";
	}

	/** A main first, then sides, drinks, desserts or another main, each item once. */
	private static List<Line> lines(LocalDate day, String channel, Random random) {
		double[] sizeWeights = switch (channel) {
			case "Dine-in" -> new double[] { 0.18, 0.3, 0.26, 0.15, 0.08, 0.03 };
			case "Takeout" -> new double[] { 0.35, 0.35, 0.2, 0.1, 0, 0 };
			default -> new double[] { 0.2, 0.34, 0.26, 0.13, 0.07, 0 };
		};
		int size = 1 + pick(sizeWeights, random);
		List<MenuItem> chosen = new ArrayList<>(size);
		chosen.add(pickItem(mainCategory(day, random), chosen, random));
		while (chosen.size() < size) {
			double draw = random.nextDouble();
			String category = draw < 0.35 ? "Sides"
					: draw < 0.7 ? "Drinks" : draw < 0.85 ? "Desserts" : mainCategory(day, random);
			chosen.add(pickItem(category, chosen, random));
		}
		List<Line> lines = new ArrayList<>(size);
		for (MenuItem item : chosen) {
			int quantity = 1 + pick(new double[] { 0.72, 0.2, 0.06, 0.02 }, random);
			lines.add(new Line(item, quantity, unitPriceCents(item, channel, day)));
		}
		return lines;
	}

	private static String mainCategory(LocalDate day, Random random) {
		double burgers = 0.45;
		double pizza = 0.4;
		for (Promotion promotion : PROMOTIONS) {
			if (promotion.covers(day)) {
				burgers *= promotion.category().equals("Burgers") ? 2 : 1;
				pizza *= promotion.category().equals("Pizza") ? 2 : 1;
			}
		}
		int pick = pick(new double[] { burgers, pizza, 0.15 }, random);
		return pick == 0 ? "Burgers" : pick == 1 ? "Pizza" : "Salads";
	}

	/** An item of the category not yet in the order, by popularity. */
	private static MenuItem pickItem(String category, List<MenuItem> taken, Random random) {
		List<MenuItem> candidates = new ArrayList<>();
		for (MenuItem item : MENU) {
			if (item.category().equals(category) && !taken.contains(item)) {
				candidates.add(item);
			}
		}
		if (candidates.isEmpty()) {
			for (MenuItem item : MENU) {
				if (!taken.contains(item)) {
					candidates.add(item);
				}
			}
		}
		double[] weights = new double[candidates.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = candidates.get(i).popularity();
		}
		return candidates.get(pick(weights, random));
	}

	private static int pick(double[] weights, Random random) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double draw = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** Knuth's method; fine for the few dozen orders a location takes in a day. */
	private static int poisson(double mean, Random random) {
		double limit = StrictMath.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			count++;
			product *= random.nextDouble();
		}
		return count;
	}

	/**
	 * One restaurant.
	 *
	 * @param name as written in the file
	 * @param baseOrders orders on an ordinary day
	 * @param weekdayFactor Monday to Sunday
	 * @param officeDistrict serves office workers: busy weekday lunches, short weekends
	 * @param lateNight open until 00:30 on Fridays and Saturdays
	 * @param lunchWeight the lunch share of the two meal peaks
	 */
	record Location(String name, double baseOrders, double[] weekdayFactor, boolean officeDistrict, boolean lateNight,
			double lunchWeight) {

		/** Opening and closing hour, local, counted from the business day's midnight. */
		double[] openingHours(DayOfWeek day) {
			boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
			if (this.officeDistrict) {
				return day == DayOfWeek.SUNDAY ? new double[] { 12, 18 }
						: day == DayOfWeek.SATURDAY ? new double[] { 12, 20 } : new double[] { 11, 21 };
			}
			boolean friSat = day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY;
			if (this.lateNight && friSat) {
				return new double[] { 11.5, 24.5 };
			}
			return new double[] { weekend ? 11 : 11.5, friSat ? 23.5 : 23 };
		}

	}

	record MenuItem(String name, String category, long priceCents, double popularity) {
	}

	record Promotion(String name, LocalDate from, LocalDate to, String category, int discountPercent,
			double volumeFactor) {

		boolean covers(LocalDate day) {
			return !day.isBefore(this.from) && !day.isAfter(this.to);
		}

	}

	record Line(MenuItem item, int quantity, long unitPriceCents) {
	}

	record Order(LocalDateTime orderedAt, int location, String channel, String paymentMethod, List<Line> lines) {
	}

}

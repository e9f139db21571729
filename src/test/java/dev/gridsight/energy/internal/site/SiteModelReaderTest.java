package dev.gridsight.energy.internal.site;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SiteModelReaderTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static JsonNode sample(String file) throws IOException {
		try (InputStream in = SiteModelReaderTest.class.getResourceAsStream("/energy/" + file)) {
			return JSON.readTree(in);
		}
	}

	static JsonNode json(String text) {
		return JSON.readTree(text.replace('\'', '"'));
	}

	@Test
	void readsTheDocumentedPlantAndHome() throws IOException {
		SiteModel plant = SiteModelReader.read(sample("sample-plant.json"));
		assertThat(plant.powerUnit()).isEqualTo("MW");
		assertThat(plant.assetsOf("chp")).hasSize(3);
		assertThat(plant.asset("gta 2")).isPresent();
		assertThat(plant.asset("GTA 3").orElseThrow().range("admissionRange")).containsExactly(40, 160);
		assertThat(plant.boundSignals()).containsKeys("demand.steam", "GTA 1.status", "Boiler.steam");
		SiteModel home = SiteModelReader.read(sample("sample-home.json"));
		assertThat(home.powerUnit()).isEqualTo("kW");
		assertThat(home.asset("Battery").orElseThrow().number("efficiency")).isEqualTo(0.9);
	}

	@Test
	void refusesUnknownFieldsNamingWhereTheyAre() throws IOException {
		ObjectNode plant = (ObjectNode) sample("sample-plant.json");
		((ObjectNode) plant.path("assets").get(3)).put("capcity", 1);
		assertThatThrownBy(() -> SiteModelReader.read(plant)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("assets[3] (Boiler)")
			.hasMessageContaining("unknown field 'capcity'")
			.hasMessageContaining("capacity");
	}

	@Test
	void refusesUnitsThatDoNotFitTheirQuantity() {
		assertThatThrownBy(() -> SiteModelReader.read(json("{'dataset':'d','time':'ts','demand':{'electricity':"
				+ "{'column':'x','unit':'t/h'}},'grid':{'importPrice':{'value':1,'unit':'EUR/MWh'}}}")))
			.hasMessageContaining("demand.electricity")
			.hasMessageContaining("not a unit of electric power");
		assertThatThrownBy(() -> SiteModelReader.read(json("{'dataset':'d','time':'ts','demand':{'electricity':"
				+ "{'column':'x','unit':'MW'}},'grid':{'importPrice':{'value':1,'unit':'EUR/t'}}}")))
			.hasMessageContaining("grid.importPrice")
			.hasMessageContaining("not a price per energy");
		assertThatThrownBy(() -> SiteModelReader.read(json("{'dataset':'d','time':'ts','demand':{'electricity':"
				+ "{'column':'x'}},'grid':{'importPrice':{'value':1,'unit':'EUR/MWh'}}}")))
			.hasMessageContaining("unit is required");
	}

	@Test
	void aDeratedAssetNeedsItsShareAndOverridesNameRealAssets() throws IOException {
		ObjectNode plant = (ObjectNode) sample("sample-plant.json");
		((ObjectNode) plant.path("assets").get(1)).put("status", "derated");
		assertThatThrownBy(() -> SiteModelReader.read(plant)).hasMessageContaining("derate");
		((ObjectNode) plant.path("assets").get(1)).put("derate", 0.6);
		assertThat(SiteModelReader.read(plant).asset("GTA 2").orElseThrow().derate()).isEqualTo(0.6);
		plant.set("overrides", json("[{'asset':'GTA 9','status':'off'}]"));
		assertThatThrownBy(() -> SiteModelReader.read(plant)).hasMessageContaining("no asset named 'GTA 9'");
		plant.set("overrides", json("[{'asset':'gta 1','status':'maintenance','until':'2025-03-12T09:00+01:00'}]"));
		SiteModel.StatusOverride override = SiteModelReader.read(plant).overrides().get(0);
		assertThat(override.asset()).isEqualTo("GTA 1");
		assertThat(override.until()).isEqualTo(LocalDateTime.of(2025, 3, 12, 8, 0));
		assertThat(override.derate()).isZero();
	}

	@Test
	void tariffPeriodsPriceEachHourAndWrapPastMidnight() {
		SiteModel model = SiteModelReader.read(json("{'dataset':'d','time':'ts','demand':{'electricity':"
				+ "{'column':'x','unit':'MW'}},'grid':{'tariff':{'unit':'EUR/MWh','default':68,'periods':["
				+ "{'name':'peak','price':168,'days':['mon','tue','wed','thu','fri'],'from':'17:00','to':'21:00'},"
				+ "{'name':'night','price':50,'from':'23:00','to':'06:00'}]}}}"));
		SiteModel.Tariff tariff = model.grid().tariff();
		assertThat(tariff.priceAt(LocalDateTime.of(2025, 3, 12, 18, 0))).isEqualTo(168);
		assertThat(tariff.priceAt(LocalDateTime.of(2025, 3, 15, 18, 0))).isEqualTo(68);
		assertThat(tariff.priceAt(LocalDateTime.of(2025, 3, 15, 2, 0))).isEqualTo(50);
		assertThat(tariff.priceAt(LocalDateTime.of(2025, 3, 15, 23, 30))).isEqualTo(50);
	}

	@Test
	void unitsConvertIntoTheSitesOwn() {
		assertThat(Units.toSitePower("kWh", "kW", 0.25, "x")).isEqualTo(4.0);
		assertThat(Units.toSitePower("kW", "MW", 1, "x")).isEqualTo(0.001);
		assertThat(Units.energyPrice("EUR/kWh", "MW", "x").factor()).isEqualTo(1000.0);
		assertThat(Units.energyPrice("usd/MWh", "kW", "x").currency()).isEqualTo("USD");
		assertThat(Units.energyPrice("USD/MWh", "kW", "x").factor()).isCloseTo(0.001, within(1e-12));
		assertThat(Units.toSteam("kg/h", "x")).isEqualTo(0.001);
		assertThat(Units.toCarbon("g/kWh", "MW", "x")).isEqualTo(1.0);
	}

}

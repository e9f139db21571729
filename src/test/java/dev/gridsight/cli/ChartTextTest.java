package dev.gridsight.cli;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ChartTextTest {

	private static JsonNode chart(String json) {
		return ServerConnection.JSON.readTree(json);
	}

	@Test
	void aTableAlignsTextLeftAndNumbersRightUnderTheTitle() {
		String table = ChartText.table(
				chart("""
						{"title": "Average kw by site", "data": {"columns": [{"name": "site", "type": "text"},
						 {"name": "avg_kw", "type": "double"}], "rows": [["North", 2.0], ["South-East", 12.3456789], ["X", null]]}}
						"""),
				20);
		assertThat(table).isEqualTo("▌ Average kw by site\n" + "site        avg_kw\n" + "----------  -------\n"
				+ "North" + " ".repeat(13) + "2\n" + "South-East  12.3457\n" + "X\n");
	}

	@Test
	void aLongTableShowsTwentyRowsThenHowManyMore() {
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < 25; i++) {
			rows.append(i == 0 ? "" : ",").append("[").append(i).append("]");
		}
		String table = ChartText.table(
				chart("{\"title\": \"n\", \"data\": {\"columns\": [{\"name\": \"n\"}], \"rows\": [" + rows + "]}}"),
				ChartText.TABLE_ROWS);
		assertThat(table.lines()).hasSize(1 + 2 + 20 + 1);
		assertThat(table).contains("\n19\n").doesNotContain("\n20\n").endsWith("… 5 more rows\n");
	}

	@Test
	void aTableWithoutRowsOrColumnsSaysSo() {
		assertThat(ChartText
			.table(chart("{\"title\": \"t\", \"data\": {\"columns\": [{\"name\": \"a\"}], \"rows\": []}}"), 20))
			.endsWith("(no rows)\n");
		assertThat(ChartText.table(chart("{\"title\": \"t\"}"), 20)).endsWith("(no data)\n");
	}

	@Test
	void cellsCutLongTextAndFlattenLineBreaks() {
		assertThat(ChartText.cell(ServerConnection.JSON.readTree("\"a\\nb\""))).isEqualTo("a b");
		assertThat(ChartText.cell(ServerConnection.JSON.readTree("\"" + "x".repeat(60) + "\""))).hasSize(40)
			.endsWith("…");
		assertThat(ChartText.cell(ServerConnection.JSON.readTree("1e20"))).isEqualTo("100000000000000000000");
		assertThat(ChartText.cell(ServerConnection.JSON.readTree("0.00001"))).isEqualTo("0");
		assertThat(ChartText.cell(ServerConnection.JSON.readTree("true"))).isEqualTo("true");
	}

	@Test
	void csvHasAHeaderAndQuotesFieldsAsRfc4180() {
		String csv = ChartText.csv(chart("""
				{"data": {"columns": [{"name": "site, name"}, {"name": "kw"}, {"name": "note"}],
				 "rows": [["North", 1.50, "say \\"hi\\""], ["South", 2, "two\\nlines"], [null, null, "=SUM(A1)"]]}}
				"""));
		assertThat(csv).isEqualTo("\"site, name\",kw,note\r\n" + "North,1.5,\"say \"\"hi\"\"\"\r\n"
				+ "South,2,\"two\nlines\"\r\n" + ",,'=SUM(A1)\r\n");
	}

}

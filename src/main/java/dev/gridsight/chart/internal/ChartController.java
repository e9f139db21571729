package dev.gridsight.chart.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import dev.gridsight.chart.ChartData;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.FilterParameters;
import dev.gridsight.chart.Visual;
import dev.gridsight.identity.CurrentUser;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

@RestController
@RequestMapping("/api/charts")
class ChartController {

	private final CurrentUser currentUser;

	private final ChartService charts;

	ChartController(CurrentUser currentUser, ChartService charts) {
		this.currentUser = currentUser;
		this.charts = charts;
	}

	record NewChart(UUID workspaceId, @NotBlank @Size(max = 200) String title, @Valid ChartQuery query,
			@Size(max = 20_000) String sql, Visual visual) {
	}

	record ChartView(UUID id, UUID workspaceId, String title, ChartQuery query, String sql, Visual visual,
			OffsetDateTime createdAt, OffsetDateTime updatedAt) {

		static ChartView of(ChartRecord chart) {
			return new ChartView(chart.id(), chart.workspaceId(), chart.title(), chart.query(), chart.sql(),
					chart.visual(), chart.createdAt(), chart.updatedAt());
		}

	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ChartView create(@Valid @RequestBody NewChart body) {
		return ChartView.of(charts.create(currentUser.get(), body.workspaceId(), body.title(), body.query(), body.sql(),
				body.visual()));
	}

	/** The workspace's charts, newest change first; {@code q} searches the titles. */
	@GetMapping
	PageResult<ChartView> list(@RequestParam(required = false) UUID workspaceId,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return charts.list(currentUser.get(), workspaceId, q, PageQuery.of(page, size)).map(ChartView::of);
	}

	record ChangedChart(@NotBlank @Size(max = 200) String title, @Valid ChartQuery query,
			@Size(max = 20_000) String sql, Visual visual) {
	}

	@PutMapping("/{id}")
	ChartView update(@PathVariable UUID id, @Valid @RequestBody ChangedChart body) {
		return ChartView
			.of(charts.update(currentUser.get(), id, body.title(), body.query(), body.sql(), body.visual()));
	}

	record Draft(UUID workspaceId, @Valid ChartQuery query, @Size(max = 20_000) String sql, Visual visual) {
	}

	/**
	 * The data of a chart not saved: what the builder previews while a chart is edited.
	 */
	@PostMapping("/preview")
	ChartData preview(@Valid @RequestBody Draft body, @RequestParam(required = false) String window,
			@RequestParam(required = false) Integer points) {
		return charts.preview(currentUser.get(), body.workspaceId(), body.query(), body.sql(), window, points);
	}

	@GetMapping("/{id}")
	ChartView get(@PathVariable UUID id) {
		return ChartView.of(charts.get(currentUser.get(), id));
	}

	/**
	 * Live data: {@code window} = {@code P7D} / {@code last:P7D}, {@code this_month} /
	 * {@code period:this_month}, {@code <from>/<to>} / {@code <from>..<to>},
	 * {@code points:500} or {@code all}; {@code points} = the point budget per series
	 * (default 2,000); {@code downsample=false} returns every point, up to the row cap.
	 */
	@GetMapping("/{id}/data")
	ChartData data(@PathVariable UUID id, @RequestParam(required = false) String window,
			@RequestParam(required = false) Integer points, @RequestParam(defaultValue = "true") boolean downsample) {
		return charts.data(currentUser.get(), id, window, points, downsample);
	}

	/**
	 * The chart's rows as CSV, every row of the window (not downsampled, up to the row
	 * cap), with {@code filter.<column>} filters where its dataset has the column.
	 */
	@GetMapping(path = "/{id}/data.csv", produces = "text/csv")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable UUID id, @RequestParam(required = false) String window,
			@RequestParam MultiValueMap<String, String> parameters) {
		UserAccount user = currentUser.get();
		ChartService.Export export = charts.export(user, id, window,
				FilterParameters.extra(FilterParameters.of(parameters)));
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(CsvWriter.fileName(export.title()), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(out -> CsvWriter.write(export.data(), out));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		charts.delete(currentUser.get(), id);
	}

}

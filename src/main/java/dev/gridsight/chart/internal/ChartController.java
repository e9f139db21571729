package dev.gridsight.chart.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.gridsight.chart.ChartData;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.Visual;
import dev.gridsight.identity.CurrentUser;
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

	@GetMapping
	PageResult<ChartView> list(@RequestParam(required = false) UUID workspaceId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return charts.list(currentUser.get(), workspaceId, PageQuery.of(page, size)).map(ChartView::of);
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

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		charts.delete(currentUser.get(), id);
	}

}

package dev.gridsight.dashboard.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.gridsight.chart.Charts;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.dashboard.TabData;
import dev.gridsight.platform.ProblemException;

/**
 * Runs the charts of a tab concurrently on a small bounded pool, so one tab cannot take
 * every warehouse connection. The user's id is handed to each task: nothing is read from
 * the request thread's security context. A chart that fails answers with its own error.
 */
@Component
class TabDataRunner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(TabDataRunner.class);

	static final String UNEXPECTED = "Something went wrong on the server; it has been logged.";

	private final Charts charts;

	private final ThreadPoolExecutor pool;

	/** How long one chart of a tab may take before it answers with an error. */
	private final Duration timeout;

	TabDataRunner(Charts charts, @Value("${gridsight.dashboard.threads:4}") int threads,
			@Value("${gridsight.dashboard.queue:256}") int queue,
			@Value("${gridsight.chart.timeout:30s}") Duration chartTimeout) {
		this.charts = charts;
		int size = Math.max(1, threads);
		this.pool = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
				threadFactory());
		this.timeout = chartTimeout.plusSeconds(5);
	}

	/**
	 * A chart to run, with the window that is in force for it and where that came from.
	 */
	record ChartRequest(UUID chartId, Charts.WindowChoice window, String windowSource) {
	}

	List<TabData.ChartResult> run(UUID userId, List<ChartRequest> requests, int points,
			List<Charts.ExtraFilter> filters) {
		List<Future<Charts.FilteredChartData>> futures = new ArrayList<>();
		for (ChartRequest request : requests) {
			try {
				futures
					.add(pool.submit(() -> charts.data(request.chartId(), userId, request.window(), points, filters)));
			}
			catch (RejectedExecutionException ex) {
				futures.add(null);
			}
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		List<TabData.ChartResult> results = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			results.add(result(requests.get(i), futures.get(i), deadline, filters));
		}
		return results;
	}

	private TabData.ChartResult result(ChartRequest request, Future<Charts.FilteredChartData> future, long deadline,
			List<Charts.ExtraFilter> filters) {
		TimeWindow window = request.window().window();
		if (future == null) {
			return failed(request, window, filters, "The server is busy; try this chart again in a moment.");
		}
		try {
			Charts.FilteredChartData data = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			return new TabData.ChartResult(request.chartId(), data.data(), window, request.windowSource(),
					data.filters(), null, data.datasetId());
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof ProblemException problem) {
				return failed(request, window, filters, problem.getMessage());
			}
			log.error("Chart {} of a tab failed", request.chartId(), ex.getCause());
			return failed(request, window, filters, UNEXPECTED);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			return failed(request, window, filters, "The chart took longer than " + timeout.toSeconds() + " s.");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			future.cancel(true);
			return failed(request, window, filters, "The request was interrupted.");
		}
	}

	private static TabData.ChartResult failed(ChartRequest request, TimeWindow window, List<Charts.ExtraFilter> filters,
			String error) {
		return new TabData.ChartResult(request.chartId(), null, window, request.windowSource(),
				filters.stream().map(filter -> new Charts.FilterUse(filter.column(), false)).toList(), error, null);
	}

	@Override
	public void destroy() {
		pool.shutdownNow();
	}

	private static ThreadFactory threadFactory() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "tab-data-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}

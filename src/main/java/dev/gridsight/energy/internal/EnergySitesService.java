package dev.gridsight.energy.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.gridsight.energy.EnergySites;
import dev.gridsight.energy.internal.data.SiteDataReader;
import dev.gridsight.energy.internal.learn.ForecastResult;
import dev.gridsight.energy.internal.run.ProblemBuilder;
import dev.gridsight.energy.internal.run.PlanTable;
import dev.gridsight.energy.internal.site.Signal;
import dev.gridsight.energy.internal.site.SiteModel;
import dev.gridsight.energy.internal.site.SiteModelReader;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;

/** The energy model as the chat's commands reach it, with the HTTP API's checks. */
@Service
class EnergySitesService implements EnergySites {

	private final SiteService sites;

	private final SiteRepository repository;

	private final RunService runs;

	private final SiteDataReader data;

	private final ProblemBuilder problems;

	EnergySitesService(SiteService sites, SiteRepository repository, RunService runs, SiteDataReader data,
			ProblemBuilder problems) {
		this.sites = sites;
		this.repository = repository;
		this.runs = runs;
		this.data = data;
		this.problems = problems;
	}

	@Override
	public List<SiteRef> list(UserAccount user, UUID workspaceId) {
		return sites.list(user, workspaceId, new PageQuery(0, PageQuery.MAX_SIZE))
			.items()
			.stream()
			.map(readable -> new SiteRef(readable.site().id(), readable.site().name()))
			.toList();
	}

	@Override
	public RunOutcome optimize(UserAccount user, UUID workspaceId, String site, Integer horizonHours, String asOf,
			String demand, String trigger) {
		EnergySite target = site(user, workspaceId, site);
		RunService.Completed completed = runs.run(user, target.id(),
				new RunService.RunRequest(asOf, horizonHours, null, demand, null, null), trigger);
		StoredRun run = completed.run();
		PlanTable.RunChart dispatch = completed.plan().charts().get(0);
		return new RunOutcome(run.id(), target.id(), target.name(), run.status(), run.cost(), run.baselineCost(),
				run.savings(), run.currency(), completed.explanation().summary(), completed.explanation().points(),
				dispatch.title(), dispatch.query(), dispatch.visual());
	}

	@Override
	public ForecastOutcome forecast(UserAccount user, UUID workspaceId, String site, String signalName, Integer hours,
			String asOf) {
		EnergySite target = site(user, workspaceId, site);
		SiteModel model = sites.model(target);
		String name = signalName == null || signalName.isBlank() ? "demand.electricity" : signalName.trim();
		Signal signal = signal(model, name);
		int horizon = hours == null ? 24 : hours;
		if (horizon < 1 || horizon > RunService.MAX_HORIZON_HOURS) {
			throw new InvalidInput("hours must be between 1 and " + RunService.MAX_HORIZON_HOURS + ".");
		}
		SiteDataReader.Extent extent = data.extent(user.id(), target.workspaceId(), model);
		Duration step = model.step().toMinutes() >= 15 && model.step().toMinutes() <= 60 ? model.step()
				: Duration.ofHours(1);
		LocalDateTime at = asOf == null || asOf.isBlank() ? extent.last().plus(model.step())
				: SiteModelReader.timestamp(asOf, "asOf");
		at = at.truncatedTo(ChronoUnit.HOURS);
		int horizonSteps = (int) (horizon * 60 / step.toMinutes());
		ForecastResult result = problems.forecast(user.id(), target.workspaceId(), model, signal, name, at,
				horizonSteps, step);
		List<String> labels = result.times().stream().map(LocalDateTime::toString).toList();
		List<Double> values = new ArrayList<>();
		List<Double> naive = new ArrayList<>();
		for (int i = 0; i < result.values().length; i++) {
			values.add(Math.round(Math.max(0, result.values()[i]) * 1000) / 1000.0);
			naive.add(Math.round(result.seasonalNaive()[i] * 1000) / 1000.0);
		}
		return new ForecastOutcome(target.name(), name, signal.unit(), result.model(), labels, values, naive,
				result.xgboost() == null ? Double.NaN : result.xgboost().mase(),
				result.seasonalNaiveMetrics() == null ? Double.NaN : result.seasonalNaiveMetrics().mase());
	}

	private static Signal signal(SiteModel model, String name) {
		if (name.equals("demand.electricity") || name.equals("electricity")) {
			return model.electricity();
		}
		if ((name.equals("demand.steam") || name.equals("steam")) && model.steam() != null) {
			return model.steam();
		}
		return model.asset(name)
			.filter(asset -> asset.type().equals("pv"))
			.map(asset -> asset.signal("production"))
			.filter(Signal::isColumn)
			.orElseThrow(() -> new InvalidInput("The site forecasts demand.electricity"
					+ (model.steam() != null ? ", demand.steam" : "") + " and its PV assets"
					+ (model.assetsOf("pv").isEmpty() ? ""
							: " (" + String.join(", ",
									model.assetsOf("pv").stream().map(SiteModel.Asset::name).toList()) + ")")
					+ "; not '" + name + "'."));
	}

	/**
	 * The site a command means: by its name, else the one site a text names (whole, or by
	 * a distinctive word such as "plant"), else the workspace's only site.
	 */
	private EnergySite site(UserAccount user, UUID workspaceId, String text) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		List<SiteRef> all = list(user, workspace);
		if (all.isEmpty()) {
			throw new InvalidInput("This workspace has no energy site yet: create one on the Energy page.");
		}
		String wanted = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
		List<SiteRef> chosen = all.stream().filter(site -> site.name().equalsIgnoreCase(wanted)).toList();
		if (chosen.isEmpty() && !wanted.isEmpty()) {
			chosen = all.stream()
				.filter(site -> wanted.contains(site.name().toLowerCase(java.util.Locale.ROOT)))
				.toList();
		}
		if (chosen.isEmpty() && !wanted.isEmpty()) {
			chosen = all.stream().filter(site -> sharesAWord(site.name(), wanted)).toList();
		}
		if (chosen.isEmpty() && all.size() == 1 && (wanted.isEmpty() || text.length() > 40)) {
			chosen = all;
		}
		if (chosen.size() != 1) {
			if (!wanted.isEmpty() && chosen.isEmpty() && text.length() <= 40) {
				throw new NotFound("No energy site named '" + text.trim() + "' in this workspace; its sites: "
						+ String.join(", ", all.stream().map(SiteRef::name).toList()) + ".");
			}
			throw new InvalidInput("Which site? Name one of: "
					+ String.join(", ", (chosen.isEmpty() ? all : chosen).stream().map(SiteRef::name).toList()) + ".");
		}
		return sites.readable(chosen.get(0).id(), user.id()).site();
	}

	private static boolean sharesAWord(String name, String text) {
		for (String word : name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 4 && !word.equals("sample") && !word.equals("site")
					&& text.matches("(?s).*\\b" + java.util.regex.Pattern.quote(word) + "s?\\b.*")) {
				return true;
			}
		}
		return false;
	}

}

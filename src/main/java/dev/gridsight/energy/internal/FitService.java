package dev.gridsight.energy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.energy.internal.data.SiteDataReader;
import dev.gridsight.energy.internal.learn.FitResult;
import dev.gridsight.energy.internal.learn.LinearFit;
import dev.gridsight.energy.internal.run.ChpModel;
import dev.gridsight.energy.internal.site.SiteModel;
import dev.gridsight.energy.internal.site.SiteModel.Asset;
import dev.gridsight.energy.internal.site.SiteModelReader;
import dev.gridsight.energy.internal.site.Units;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.Unprocessable;

/**
 * Learns each chp's model from its running hours, {@code power = a·admission +
 * b·extraction + c}, by least squares; reports the coefficients, R², MAE and the number
 * of hours, with a sample of predicted against actual for the fit chart. The site keeps
 * its last fit, which runs use.
 */
@Service
class FitService {

	/** Points of predicted against actual kept for the fit chart. */
	static final int SAMPLE = 400;

	/** How far back a run fits a chp the site has no stored fit for. */
	static final Duration RUN_FIT_HISTORY = Duration.ofDays(90);

	private final SiteService sites;

	private final SiteRepository repository;

	private final SiteDataReader data;

	private final JsonMapper json;

	private final Clock clock;

	FitService(SiteService sites, SiteRepository repository, SiteDataReader data, JsonMapper json, Clock clock) {
		this.sites = sites;
		this.repository = repository;
		this.data = data;
		this.json = json;
		this.clock = clock;
	}

	record Fit(OffsetDateTime fittedAt, String from, String to, List<AssetFit> assets) {
	}

	record AssetFit(String name, String target, Map<String, Double> coefficients, double r2, double mae, int n,
			Sample sample) {
	}

	record Sample(List<Double> actual, List<Double> predicted) {
	}

	record FitRequest(String from, String to) {
	}

	/** Fits the site over the period (all its history by default) and keeps the fit. */
	Fit fit(UserAccount user, UUID siteId, FitRequest request) {
		EnergySite site = sites.editable(siteId, user.id());
		SiteModel model = sites.model(site);
		SiteDataReader.Extent extent = data.extent(user.id(), site.workspaceId(), model);
		LocalDateTime from = request == null || request.from() == null ? extent.first()
				: SiteModelReader.timestamp(request.from(), "from");
		LocalDateTime to = request == null || request.to() == null ? extent.last().plus(model.step())
				: SiteModelReader.timestamp(request.to(), "to");
		if (!from.isBefore(to)) {
			throw new InvalidInput("from must be before to: " + from + " is not before " + to + ".");
		}
		if (!from.isBefore(extent.last().plus(model.step())) || !to.isAfter(extent.first())) {
			throw new InvalidInput("The period " + from + " to " + to + " holds no data: " + model.dataset()
					+ " runs from " + extent.first() + " to " + extent.last() + ".");
		}
		List<AssetFit> assets = new ArrayList<>();
		for (Asset asset : model.assetsOf("chp")) {
			assets.add(fitChp(user.id(), site.workspaceId(), model, asset, from, to, true));
		}
		if (assets.isEmpty()) {
			throw new Unprocessable("The site has no asset with a model to learn: only a chp (admission, extraction, "
					+ "power) is fitted today.");
		}
		Fit fit = new Fit(
				OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS),
				from.toString(), to.toString(), assets);
		repository.saveFit(site.id(), json.writeValueAsString(fit));
		return fit;
	}

	/** The site's last fit, if any. */
	JsonNode stored(UUID siteId, UUID userId) {
		EnergySite site = sites.readable(siteId, userId).site();
		if (site.fitJson() == null) {
			throw new dev.gridsight.platform.NotFound("The site has not been fitted yet: POST …/fit.");
		}
		return json.readTree(site.fitJson());
	}

	/**
	 * The chp models a run uses: the stored fit's, else fitted now from the
	 * {@link #RUN_FIT_HISTORY} before {@code asOf}.
	 */
	Map<String, ChpModel> models(UUID userId, EnergySite site, SiteModel model, LocalDateTime asOf) {
		Map<String, ChpModel> models = new HashMap<>();
		if (site.fitJson() != null) {
			Fit fit = json.readValue(site.fitJson(), Fit.class);
			for (AssetFit asset : fit.assets()) {
				Map<String, Double> k = asset.coefficients();
				models.put(asset.name(), new ChpModel(k.get("admission"), k.get("extraction"), k.get("intercept")));
			}
		}
		for (Asset asset : model.assetsOf("chp")) {
			if (!models.containsKey(asset.name())) {
				AssetFit fit = fitChp(userId, site.workspaceId(), model, asset, asOf.minus(RUN_FIT_HISTORY), asOf,
						false);
				Map<String, Double> k = fit.coefficients();
				models.put(asset.name(), new ChpModel(k.get("admission"), k.get("extraction"), k.get("intercept")));
			}
		}
		return models;
	}

	private AssetFit fitChp(UUID userId, UUID workspaceId, SiteModel model, Asset asset, LocalDateTime from,
			LocalDateTime to, boolean sample) {
		Duration step = model.step();
		int steps = (int) Math.min(Integer.MAX_VALUE, Duration.between(from, to).toMinutes() / step.toMinutes());
		String at = asset.name();
		double steamUnit = Units.toSteam(asset.signal("admission").unit(), at + ".admission");
		double extractionUnit = Units.toSteam(asset.signal("extraction").unit(), at + ".extraction");
		double powerUnit = Units.toSitePower(asset.signal("power").unit(), model.powerUnit(), step.toMinutes() / 60.0,
				at + ".power");
		double[] admission = data.numbers(userId, workspaceId, model, asset.signal("admission"), from, steps, step,
				at + ".admission");
		double[] extraction = data.numbers(userId, workspaceId, model, asset.signal("extraction"), from, steps, step,
				at + ".extraction");
		double[] power = data.numbers(userId, workspaceId, model, asset.signal("power"), from, steps, step,
				at + ".power");
		String[] status = asset.signal("status") == null || !asset.signal("status").isColumn() ? null
				: data.texts(userId, workspaceId, model, asset.signal("status"), from, steps, step, at + ".status");
		List<double[]> rows = new ArrayList<>();
		List<Double> targets = new ArrayList<>();
		for (int i = 0; i < steps; i++) {
			boolean running = status == null ? admission[i] > 0 && power[i] > 0 : "on".equals(status[i]);
			if (running && Double.isFinite(admission[i]) && Double.isFinite(extraction[i])
					&& Double.isFinite(power[i])) {
				rows.add(new double[] { admission[i] * steamUnit, extraction[i] * extractionUnit });
				targets.add(power[i] * powerUnit);
			}
		}
		if (rows.size() < 10) {
			throw new Unprocessable(at + " has " + rows.size() + " running hours with admission, extraction and power "
					+ "between " + from + " and " + to + "; its model needs at least 10.");
		}
		double[] y = targets.stream().mapToDouble(Double::doubleValue).toArray();
		FitResult result;
		try {
			result = LinearFit.fit("power", List.of("admission", "extraction"), rows.toArray(new double[0][]), y);
		}
		catch (IllegalArgumentException ex) {
			throw new Unprocessable(at + ": its model cannot be learned from this history: " + ex.getMessage());
		}
		Sample points = null;
		if (sample) {
			List<Double> actual = new ArrayList<>();
			List<Double> predicted = new ArrayList<>();
			int every = Math.max(1, y.length / SAMPLE);
			for (int i = 0; i < y.length && actual.size() < SAMPLE; i += every) {
				actual.add(round(y[i]));
				predicted.add(round(result.predicted()[i]));
			}
			points = new Sample(actual, predicted);
		}
		Map<String, Double> coefficients = new LinkedHashMap<>();
		coefficients.put("admission", result.coefficients().get("admission"));
		coefficients.put("extraction", result.coefficients().get("extraction"));
		coefficients.put("intercept", result.coefficients().get("intercept"));
		return new AssetFit(asset.name(), "power", coefficients, result.r2(), result.mae(), result.n(), points);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}

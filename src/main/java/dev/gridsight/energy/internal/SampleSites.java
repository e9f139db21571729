package dev.gridsight.energy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.catalog.Catalog;
import dev.gridsight.catalog.DatasetSchema;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.identity.UserDirectory;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.SampleDataContributor;

/**
 * The sample sites on first start, in the demo admin's workspace: the industrial plant
 * over {@code plant_hourly} with its GTA models learned from it, and a home with PV and a
 * battery over {@code home_hourly}. Their models are {@code energy/sample-*.json}, the
 * examples of docs/energy.md.
 */
@Component
class SampleSites implements SampleDataContributor {

	static final String PLANT = "Sample plant";

	static final String HOME = "Sample home";

	private final SiteService sites;

	private final SiteRepository repository;

	private final Catalog catalog;

	private final FitService fits;

	private final UserDirectory users;

	private final JsonMapper json;

	SampleSites(SiteService sites, SiteRepository repository, Catalog catalog, FitService fits, UserDirectory users,
			JsonMapper json) {
		this.sites = sites;
		this.repository = repository;
		this.catalog = catalog;
		this.fits = fits;
		this.users = users;
		this.json = json;
	}

	@Override
	public String key() {
		return "energy-sites";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void seed() {
		UserAccount admin = users.firstAdmin().orElse(null);
		if (admin == null) {
			return;
		}
		UUID workspace = admin.personalWorkspaceId();
		// an installation seeded before home_hourly existed has no such dataset: that
		// site is
		// left out rather than the seed failing at every start
		Set<String> datasets = catalog.readableIn(workspace, admin.id(), PageQuery.MAX_SIZE)
			.stream()
			.map(DatasetSchema::name)
			.collect(Collectors.toSet());
		if (datasets.contains("plant_hourly") && repository.findByName(workspace, PLANT).isEmpty()) {
			EnergySite plant = sites.create(admin,
					new SiteService.SiteInput(workspace, PLANT, model("sample-plant.json")));
			fits.fit(admin, plant.id(), null);
		}
		if (datasets.contains("home_hourly") && repository.findByName(workspace, HOME).isEmpty()) {
			sites.create(admin, new SiteService.SiteInput(workspace, HOME, model("sample-home.json")));
		}
	}

	private JsonNode model(String file) {
		try (InputStream in = SampleSites.class.getResourceAsStream("/energy/" + file)) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading the sample site " + file + " failed", ex);
		}
	}

}

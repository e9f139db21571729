package dev.gridsight.energy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.identity.UserAccount;
import dev.gridsight.identity.UserDirectory;
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

	private final FitService fits;

	private final UserDirectory users;

	private final JsonMapper json;

	SampleSites(SiteService sites, FitService fits, UserDirectory users, JsonMapper json) {
		this.sites = sites;
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
		EnergySite plant = sites.create(admin,
				new SiteService.SiteInput(admin.personalWorkspaceId(), PLANT, model("sample-plant.json")));
		fits.fit(admin, plant.id(), null);
		sites.create(admin, new SiteService.SiteInput(admin.personalWorkspaceId(), HOME, model("sample-home.json")));
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

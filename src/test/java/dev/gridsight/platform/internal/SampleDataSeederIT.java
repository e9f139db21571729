package dev.gridsight.platform.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import dev.gridsight.IntegrationTest;
import dev.gridsight.platform.SampleDataContributor;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = "gridsight.sample-data=true")
@Import(SampleDataSeederIT.Contributions.class)
class SampleDataSeederIT {

	@TestConfiguration
	static class Contributions {

		static final AtomicInteger seeded = new AtomicInteger();

		@Bean
		SampleDataContributor counting() {
			return new SampleDataContributor() {
				@Override
				public String key() {
					return "counting";
				}

				@Override
				public void seed() {
					seeded.incrementAndGet();
				}
			};
		}

	}

	@Autowired
	SampleDataSeeder seeder;

	@Autowired
	AppSettingsRepository settings;

	@Test
	void seedsEachContributionOnceAndRemembersIt() throws Exception {
		assertThat(Contributions.seeded).hasValue(1);
		assertThat(settings.find("sample-data.counting")).contains("1");

		seeder.run(null);
		assertThat(Contributions.seeded).hasValue(1);
	}

}

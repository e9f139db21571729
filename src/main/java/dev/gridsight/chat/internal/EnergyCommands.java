package dev.gridsight.chat.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The energy commands, until the energy module provides its own. */
@Configuration(proxyBeanMethods = false)
class EnergyCommands {

	@Bean
	Command forecastCommand() {
		return new EnergyCommand("forecast", "Forecast demand or PV from history");
	}

	@Bean
	Command optimizeCommand() {
		return new EnergyCommand("optimize", "Plan the cheapest dispatch of a site");
	}

}

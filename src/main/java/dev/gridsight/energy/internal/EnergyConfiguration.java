package dev.gridsight.energy.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.gridsight.energy.internal.learn.Forecaster;
import dev.gridsight.energy.internal.optimize.Dispatcher;

/**
 * The optimizer and the forecaster, one of each: neither keeps state between calls that
 * matters.
 */
@Configuration(proxyBeanMethods = false)
class EnergyConfiguration {

	@Bean
	Dispatcher dispatcher() {
		return new Dispatcher();
	}

	@Bean
	Forecaster forecaster() {
		return new Forecaster();
	}

}

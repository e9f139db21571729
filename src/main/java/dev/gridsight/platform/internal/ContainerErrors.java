package dev.gridsight.platform.internal;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before Spring MVC sees them answer problem+json with a reason:
 * Tomcat's own refusals (its error report valve is replaced) and the security firewall's
 * (its reason becomes the error message that {@code /error} reports).
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return new ProblemErrorReports();
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> response.sendError(HttpServletResponse.SC_BAD_REQUEST,
				reason(rejected));
	}

	/** The firewall's reason, quoting only the short sequence from its own list. */
	static String reason(RequestRejectedException rejected) {
		String message = rejected.getMessage() == null ? "" : rejected.getMessage();
		if (!message.contains("URL")) {
			return "The request was refused: a header, parameter or method holds something the server does not accept.";
		}
		String what = message.contains("not normalized") ? "a path that is not normalized (//, /./ or /../)"
				: message.matches(".*\"[^\"]{1,12}\".*")
						? "\"" + message.replaceAll(".*\"([^\"]{1,12})\".*", "$1") + "\""
						: "a character sequence the server does not accept";
		return "The request was refused: its URL contains " + what
				+ ". Paths may not contain ';' or an encoded '%' (%25), '/' (%2F), '\\' (%5C) or NUL (%00).";
	}

	/** Runs after Spring Boot's own customizer, which adds a plain ErrorReportValve. */
	static final class ProblemErrorReports
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				if (context.getParent() instanceof Host host) {
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.getPipeline().addValve(new ProblemErrorReportValve());
					if (host instanceof StandardHost standard) {
						// else the host adds its default HTML valve when it starts
						standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
					}
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}

package dev.gridsight.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

import dev.gridsight.platform.GridsightProperties;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class PlatformConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Multipart uploads are spooled under the data directory (limits as configured in
	 * {@code spring.servlet.multipart.*}), so an uploaded file is moved into place, not
	 * copied from the container's temporary directory on another file system.
	 */
	@Bean
	MultipartConfigElement multipartConfigElement(MultipartProperties multipart, GridsightProperties properties)
			throws IOException {
		MultipartConfigElement configured = multipart.createMultipartConfig();
		Path location = properties.dataDir().toAbsolutePath().resolve("uploads");
		Files.createDirectories(location);
		return new MultipartConfigElement(location.toString(), configured.getMaxFileSize(),
				configured.getMaxRequestSize(), configured.getFileSizeThreshold());
	}

}

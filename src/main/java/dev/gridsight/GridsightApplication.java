package dev.gridsight;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import dev.gridsight.cli.GridsightCli;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GridsightApplication {

	/**
	 * Starts the server, or, when the first argument is a CLI command ({@code chat},
	 * {@code ask}, {@code help}, {@code --help}, {@code --version}), runs the
	 * command-line client and exits without starting Spring.
	 */
	public static void main(String[] args) {
		if (GridsightCli.handles(args)) {
			System.exit(GridsightCli.run(args));
		}
		SpringApplication.run(GridsightApplication.class, args);
	}

}

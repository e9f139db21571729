package dev.gridsight;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GridsightApplication {

	public static void main(String[] args) {
		SpringApplication.run(GridsightApplication.class, args);
	}

}

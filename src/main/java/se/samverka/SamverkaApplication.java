package se.samverka;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SamverkaApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamverkaApplication.class, args);
    }
}

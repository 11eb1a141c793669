package dev.reactiveai.openai.samples.chat;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.util.StringUtils;

/**
 * The chat sample: a page at {@code http://localhost:8080/} that streams answers token by
 * token, and searches a few documents with embeddings.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChatSampleApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ChatSampleApplication.class);
		// Development mode: without an API key, answers come from the in-process
		// simulator.
		application.setDefaultProperties(
				Map.of("openai.simulator.enabled", !StringUtils.hasText(System.getenv("OPENAI_API_KEY"))));
		application.run(args);
	}

}

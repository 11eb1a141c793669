package dev.reactiveai.openai.samples.chat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The chat sample: a page at {@code http://localhost:8080/} that streams answers token by
 * token, and searches a few documents with embeddings. This is the production entry
 * point, which calls the OpenAI API with {@code OPENAI_API_KEY}; development mode, on the
 * simulator, starts from {@code TestChatSampleApplication} on the test classpath.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChatSampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(ChatSampleApplication.class, args);
	}

}

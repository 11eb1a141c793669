package dev.reactiveai.openai.samples.chat;

import org.springframework.boot.SpringApplication;

/**
 * Development mode: runs {@link ChatSampleApplication} with the {@code simulator} profile
 * ({@code application-simulator.yml}), which starts the OpenAI simulator inside the
 * application and points every OpenAI client at it, so the sample runs without a key, a
 * network or a bill. Started by {@code ./mvnw -pl samples/chat -am spring-boot:test-run};
 * it and the simulator live on the test classpath only, so neither reaches the production
 * jar.
 */
public final class TestChatSampleApplication {

	private TestChatSampleApplication() {
	}

	/**
	 * Starts the sample on the simulator.
	 * @param args the application's arguments, as for {@link ChatSampleApplication}
	 */
	public static void main(String[] args) {
		SpringApplication.from(ChatSampleApplication::main).withAdditionalProfiles("simulator").run(args);
	}

}

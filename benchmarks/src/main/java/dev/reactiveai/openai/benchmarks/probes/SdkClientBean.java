package dev.reactiveai.openai.benchmarks.probes;

import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClientAsync;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The official SDK's client as an application declares it, for it has no Spring Boot
 * auto-configuration. A class of its own, so that the other variants never load the SDK's
 * classes.
 */
final class SdkClientBean implements ApplicationContextInitializer<GenericApplicationContext> {

	@Override
	public void initialize(GenericApplicationContext context) {
		context.registerBean(OpenAIClientAsync.class,
				() -> OpenAIOkHttpClientAsync.builder().apiKey("sk-benchmark").build(),
				(definition) -> definition.setDestroyMethodName("close"));
	}

}

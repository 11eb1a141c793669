package dev.reactiveai.openai.autoconfigure;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.ConnectionOptions;
import dev.reactiveai.openai.core.MemoryOptions;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.RetryOptions;
import dev.reactiveai.openai.core.TimeoutOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiConfigurationMetadataTests {

	private final JsonNode metadata = read("META-INF/spring-configuration-metadata.json");

	@Test
	void everyOpenAiPropertyHasADescription() {
		List<String> undocumented = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (JsonNode property : this.metadata.get("properties")) {
			String name = property.get("name").asString();
			if (name.startsWith("openai.") || name.startsWith("management.health.openai")) {
				names.add(name);
				JsonNode description = property.get("description");
				if (description == null || description.asString().isBlank()) {
					undocumented.add(name);
				}
			}
		}
		assertThat(names).contains("openai.api-key", "openai.admin-api-key", "openai.base-url", "openai.organization",
				"openai.project", "openai.headers", "openai.connect-timeout", "openai.timeout", "openai.read-timeout",
				"openai.download-timeout", "openai.max-retries", "openai.initial-retry-delay", "openai.max-retry-delay",
				"openai.max-retry-after", "openai.max-in-memory-size", "openai.max-idle-time", "openai.proxy",
				"openai.allow-insecure-http", "openai.http2", "openai.keep-alive", "openai.ssl-bundle",
				"openai.clients", "openai.webhook-secret", "openai.health.timeout", "openai.health.cache-time-to-live",
				"management.health.openai.enabled", "openai.logging", "openai.logging-max-body-size",
				"openai.observations.record-content");
		assertThat(undocumented).isEmpty();
	}

	@Test
	void documentedDefaultsAreTheLibraryDefaults() {
		Map<String, Object> expected = Map.ofEntries(
				Map.entry("openai.base-url", OpenAiClientOptions.DEFAULT_BASE_URL.toString()),
				Map.entry("openai.connect-timeout", TimeoutOptions.DEFAULT_CONNECT_TIMEOUT),
				Map.entry("openai.timeout", TimeoutOptions.DEFAULT_TIMEOUT),
				Map.entry("openai.read-timeout", TimeoutOptions.DEFAULT_READ_TIMEOUT),
				Map.entry("openai.download-timeout", TimeoutOptions.DEFAULT_DOWNLOAD_TIMEOUT),
				Map.entry("openai.max-retries", RetryOptions.DEFAULT_MAX_RETRIES),
				Map.entry("openai.initial-retry-delay", RetryOptions.DEFAULT_INITIAL_RETRY_DELAY),
				Map.entry("openai.max-retry-delay", RetryOptions.DEFAULT_MAX_RETRY_DELAY),
				Map.entry("openai.max-retry-after", RetryOptions.DEFAULT_MAX_RETRY_AFTER),
				Map.entry("openai.max-in-memory-size", MemoryOptions.DEFAULT_MAX_IN_MEMORY_SIZE),
				Map.entry("openai.max-idle-time", ConnectionOptions.DEFAULT_MAX_IDLE_TIME),
				Map.entry("openai.allow-insecure-http", ConnectionOptions.defaults().allowInsecureHttp()),
				Map.entry("openai.http2", ConnectionOptions.defaults().http2()),
				Map.entry("openai.keep-alive", ConnectionOptions.defaults().keepAlive()), Map.entry(
						"openai.logging-max-body-size", DataSize.ofBytes(OpenAiClient.DEFAULT_HTTP_LOG_MAX_BODY_SIZE)));
		ApplicationConversionService conversion = new ApplicationConversionService();
		for (JsonNode property : this.metadata.get("properties")) {
			String name = property.get("name").asString();
			if (expected.containsKey(name)) {
				Object value = expected.get(name);
				String documented = property.get("defaultValue").asString();
				Object converted = conversion.convert(documented, value.getClass());
				assertThat(converted).as(name).isEqualTo(value);
			}
		}
		assertThat(expected.keySet()).allSatisfy((name) -> assertThat(defaultOf(name)).as(name).isNotNull());
	}

	private JsonNode defaultOf(String name) {
		for (JsonNode property : this.metadata.get("properties")) {
			if (property.get("name").asString().equals(name)) {
				return property.get("defaultValue");
			}
		}
		return null;
	}

	/**
	 * This module's metadata: other jars on the class path have a file of the same name.
	 */
	private static JsonNode read(String path) {
		try {
			Enumeration<URL> candidates = OpenAiConfigurationMetadataTests.class.getClassLoader().getResources(path);
			while (candidates.hasMoreElements()) {
				try (InputStream input = candidates.nextElement().openStream()) {
					JsonNode metadata = new JsonMapper().readTree(input);
					if (metadata.toString().contains("\"openai.api-key\"")) {
						return metadata;
					}
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not read " + path, ex);
		}
		throw new IllegalStateException("No " + path + " describes the openai properties");
	}

}

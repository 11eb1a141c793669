package dev.reactiveai.openai.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The {@code User-Agent} header, naming this library and its version.
 */
public final class UserAgent {

	static final String VERSION = readVersion();

	/** The header's value. */
	public static final String VALUE = "openai-reactive/" + VERSION + " Java/" + System.getProperty("java.version");

	private UserAgent() {
	}

	private static String readVersion() {
		try (InputStream input = UserAgent.class.getResourceAsStream("/dev/reactiveai/openai/version.properties")) {
			Properties properties = new Properties();
			if (input != null) {
				properties.load(input);
			}
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}

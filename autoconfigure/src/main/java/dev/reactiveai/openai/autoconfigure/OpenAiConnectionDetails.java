package dev.reactiveai.openai.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the OpenAI clients connect, when something other than the {@code openai.*}
 * properties decides it: a bean of this type (such as the one the OpenAI simulator
 * defines in development mode) sets the base URL, keys and authentication method of every
 * client, the default and the named ones, over their properties (for Azure OpenAI, the
 * base URL is the resource endpoint). The clients' other settings still come from the
 * properties.
 */
public interface OpenAiConnectionDetails extends ConnectionDetails {

	/**
	 * The base URL of the API, such as {@code https://api.openai.com/v1}.
	 * @return the URL
	 */
	String getBaseUrl();

	/**
	 * The API key.
	 * @return the key, or {@code null} to keep the one the properties give
	 */
	@Nullable String getApiKey();

	/**
	 * The admin API key of the organization and project administration APIs.
	 * @return the key, or {@code null} to keep the one the properties give
	 */
	default @Nullable String getAdminApiKey() {
		return null;
	}

	/**
	 * How the clients authenticate, such as {@link OpenAiAuthenticationMethod#NONE} for a
	 * server that needs no key.
	 * @return the method, or {@code null} to keep the one the properties give
	 */
	default @Nullable OpenAiAuthenticationMethod getAuthentication() {
		return null;
	}

}

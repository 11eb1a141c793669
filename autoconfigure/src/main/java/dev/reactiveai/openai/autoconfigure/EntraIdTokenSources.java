package dev.reactiveai.openai.autoconfigure;

import dev.reactiveai.openai.core.TokenSource;

/**
 * The Microsoft Entra ID tokens of the clients whose authentication is
 * {@link OpenAiAuthenticationMethod#ENTRA_ID}: defined when Azure's core library is on
 * the classpath.
 */
@FunctionalInterface
interface EntraIdTokenSources {

	/**
	 * The tokens of a scope.
	 * @param scope the scope, such as
	 * {@code https://cognitiveservices.azure.com/.default}
	 * @return the source of its tokens, not cached
	 */
	TokenSource forScope(String scope);

}

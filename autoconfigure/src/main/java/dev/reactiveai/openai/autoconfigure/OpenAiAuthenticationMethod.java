package dev.reactiveai.openai.autoconfigure;

/**
 * How an auto-configured client authenticates, as {@code openai.authentication} (or
 * {@code openai.clients.<name>.authentication}) sets it.
 */
public enum OpenAiAuthenticationMethod {

	/**
	 * With the API key: {@code Authorization: Bearer}, or the {@code api-key} header to
	 * Azure OpenAI. The default.
	 */
	API_KEY,

	/**
	 * With Microsoft Entra ID tokens for Azure OpenAI, from the application's
	 * {@code TokenCredential} bean or else Azure's {@code DefaultAzureCredential}
	 * (com.azure:azure-identity on the classpath); cached and refreshed before they
	 * expire.
	 */
	ENTRA_ID,

	/**
	 * No credentials, for an OpenAI-compatible server that needs none (Ollama, vLLM, LM
	 * Studio, a local gateway): no {@code Authorization} header, and no call or health
	 * check fails for want of a key.
	 */
	NONE

}

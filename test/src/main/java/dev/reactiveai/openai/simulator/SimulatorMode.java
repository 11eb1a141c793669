package dev.reactiveai.openai.simulator;

/**
 * Which server the simulator plays: OpenAI's API, an Azure OpenAI resource, or an
 * OpenAI-compatible server that needs no key (Ollama, vLLM, a local gateway).
 */
public enum SimulatorMode {

	/**
	 * OpenAI's API: paths below {@code /v1}, and a request without
	 * {@code Authorization: Bearer} is refused with 401 (unless
	 * {@link OpenAiSimulator.Builder#requireApiKey(boolean)} is off).
	 */
	OPENAI,

	/**
	 * An Azure OpenAI resource, whose endpoint is the simulator's root: model operations
	 * on {@code /openai/deployments/<deployment>/...}, the others on {@code /openai/...},
	 * both with the {@code api-version} query parameter required, or every operation on
	 * {@code /openai/v1/...}; the {@code api-key} header or a bearer token required;
	 * errors in Azure's shape. A request whose body contains
	 * {@link OpenAiSimulator#CONTENT_FILTER_TRIGGER} is refused by the content filter.
	 */
	AZURE,

	/**
	 * An OpenAI-compatible server without authentication: paths below {@code /v1}, and no
	 * credentials required.
	 */
	KEYLESS

}

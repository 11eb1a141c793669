package dev.reactiveai.openai.observation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.reactiveai.openai.core.RateLimits;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What an observation of one call knows: the operation, the client, and what the answer
 * told about model, tokens and finish reasons. The client fills it in while the call
 * runs; a convention or handler reads it when the observation stops.
 */
public class OpenAiObservationContext extends Observation.Context {

	private final String operationId;

	private final String clientName;

	private final String serverAddress;

	private final int serverPort;

	private final boolean streaming;

	private @Nullable String requestModel;

	private @Nullable String responseModel;

	private @Nullable String responseId;

	private final List<String> finishReasons = new ArrayList<>();

	private @Nullable Long inputTokens;

	private @Nullable Long outputTokens;

	private @Nullable String requestId;

	private @Nullable RateLimits rateLimits;

	private @Nullable Duration timeToFirstChunk;

	private final List<String> retryReasons = new ArrayList<>();

	private boolean cancelled;

	private @Nullable String prompt;

	private @Nullable StringBuilder completion;

	/**
	 * Create a context for one call.
	 * @param operationId the OpenAI operation id, such as {@code createChatCompletion}
	 * @param clientName the name of the client making the call
	 * @param serverAddress the host of the base URL
	 * @param serverPort the port of the base URL
	 * @param streaming whether the answer is a stream of events
	 */
	public OpenAiObservationContext(String operationId, String clientName, String serverAddress, int serverPort,
			boolean streaming) {
		this.operationId = operationId;
		this.clientName = clientName;
		this.serverAddress = serverAddress;
		this.serverPort = serverPort;
		this.streaming = streaming;
	}

	/**
	 * @return the OpenAI operation id
	 */
	public String getOperationId() {
		return this.operationId;
	}

	/**
	 * @return the name of the client that made the call
	 */
	public String getClientName() {
		return this.clientName;
	}

	/**
	 * @return the host of the base URL
	 */
	public String getServerAddress() {
		return this.serverAddress;
	}

	/**
	 * @return the port of the base URL
	 */
	public int getServerPort() {
		return this.serverPort;
	}

	/**
	 * @return whether the answer is a stream of events
	 */
	public boolean isStreaming() {
		return this.streaming;
	}

	/**
	 * @return the model the request asked for, if it named one
	 */
	public @Nullable String getRequestModel() {
		return this.requestModel;
	}

	/**
	 * @param requestModel the model the request asked for
	 */
	public void setRequestModel(@Nullable String requestModel) {
		this.requestModel = requestModel;
	}

	/**
	 * @return the model that answered, if the answer said
	 */
	public @Nullable String getResponseModel() {
		return this.responseModel;
	}

	/**
	 * @param responseModel the model that answered
	 */
	public void setResponseModel(@Nullable String responseModel) {
		this.responseModel = responseModel;
	}

	/**
	 * @return the id of the answer, if it has one
	 */
	public @Nullable String getResponseId() {
		return this.responseId;
	}

	/**
	 * @param responseId the id of the answer
	 */
	public void setResponseId(@Nullable String responseId) {
		this.responseId = responseId;
	}

	/**
	 * @return the finish reasons of the answer's choices, in order
	 */
	public List<String> getFinishReasons() {
		return Collections.unmodifiableList(this.finishReasons);
	}

	/**
	 * @param finishReason a choice's finish reason
	 */
	public void addFinishReason(String finishReason) {
		this.finishReasons.add(finishReason);
	}

	/**
	 * @return tokens in the prompt, if the answer reported usage
	 */
	public @Nullable Long getInputTokens() {
		return this.inputTokens;
	}

	/**
	 * @return tokens in the answer, if the answer reported usage
	 */
	public @Nullable Long getOutputTokens() {
		return this.outputTokens;
	}

	/**
	 * Record the usage the answer reported.
	 * @param inputTokens tokens in the prompt
	 * @param outputTokens tokens in the answer
	 */
	public void setUsage(@Nullable Long inputTokens, @Nullable Long outputTokens) {
		this.inputTokens = inputTokens;
		this.outputTokens = outputTokens;
	}

	/**
	 * @return the {@code x-request-id} of the last attempt, if the server sent one
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	/**
	 * @param requestId the {@code x-request-id} of the last attempt
	 */
	public void setRequestId(@Nullable String requestId) {
		this.requestId = requestId;
	}

	/**
	 * @return the rate limits the last answer reported, if any
	 */
	public @Nullable RateLimits getRateLimits() {
		return this.rateLimits;
	}

	/**
	 * @param rateLimits the rate limits the last answer reported
	 */
	public void setRateLimits(@Nullable RateLimits rateLimits) {
		this.rateLimits = rateLimits;
	}

	/**
	 * @return how long a stream took to deliver its first element, once it did
	 */
	public @Nullable Duration getTimeToFirstChunk() {
		return this.timeToFirstChunk;
	}

	/**
	 * @param timeToFirstChunk how long the stream took to deliver its first element
	 */
	public void setTimeToFirstChunk(@Nullable Duration timeToFirstChunk) {
		this.timeToFirstChunk = timeToFirstChunk;
	}

	/**
	 * Why the call was tried again, once per retry: the HTTP status that OpenAI answered,
	 * or the simple name of the exception.
	 * @return the reasons, in order
	 */
	public List<String> getRetryReasons() {
		return Collections.unmodifiableList(this.retryReasons);
	}

	/**
	 * @param reason why the call is tried again
	 */
	public void addRetry(String reason) {
		this.retryReasons.add(reason);
	}

	/**
	 * @return whether the subscriber cancelled before the call ended
	 */
	public boolean isCancelled() {
		return this.cancelled;
	}

	/**
	 * @param cancelled whether the subscriber cancelled before the call ended
	 */
	public void setCancelled(boolean cancelled) {
		this.cancelled = cancelled;
	}

	/**
	 * @return what the request asked the model, as JSON, when content is recorded
	 */
	public @Nullable String getPrompt() {
		return this.prompt;
	}

	/**
	 * @param prompt what the request asked the model, as JSON
	 */
	public void setPrompt(@Nullable String prompt) {
		this.prompt = prompt;
	}

	/**
	 * @return the text the model answered so far, when content is recorded and the answer
	 * had text
	 */
	public @Nullable String getCompletion() {
		return (this.completion != null) ? this.completion.toString() : null;
	}

	/**
	 * @param text more of the text the model answered, such as a stream's delta
	 */
	public void appendCompletion(String text) {
		if (this.completion == null) {
			this.completion = new StringBuilder();
		}
		this.completion.append(text);
	}

}

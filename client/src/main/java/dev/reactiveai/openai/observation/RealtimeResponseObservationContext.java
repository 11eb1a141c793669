package dev.reactiveai.openai.observation;

import java.time.Duration;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What the observation of one response of a realtime session knows: its session, its id,
 * status and finish reason, the token usage of its {@code response.done}, and when its
 * first delta arrived.
 */
public class RealtimeResponseObservationContext extends Observation.Context {

	private final RealtimeSessionObservationContext session;

	private final @Nullable String responseId;

	private @Nullable String status;

	private @Nullable String finishReason;

	private @Nullable Long inputTokens;

	private @Nullable Long outputTokens;

	private @Nullable Long totalTokens;

	private @Nullable Duration timeToFirstDelta;

	private @Nullable Outcome outcome;

	/**
	 * Create a context for one response.
	 * @param session the context of its session
	 * @param responseId the response's id, as {@code response.created} gave it
	 */
	public RealtimeResponseObservationContext(RealtimeSessionObservationContext session, @Nullable String responseId) {
		this.session = session;
		this.responseId = responseId;
	}

	/**
	 * @return the context of the session the response belongs to
	 */
	public RealtimeSessionObservationContext getSession() {
		return this.session;
	}

	/**
	 * @return the response's id
	 */
	public @Nullable String getResponseId() {
		return this.responseId;
	}

	/**
	 * @return the status {@code response.done} gave, once it came
	 */
	public @Nullable String getStatus() {
		return this.status;
	}

	/**
	 * @param status the status {@code response.done} gave
	 */
	public void setStatus(@Nullable String status) {
		this.status = status;
	}

	/**
	 * @return why the response ended: the reason of its status details, else its status
	 */
	public @Nullable String getFinishReason() {
		return this.finishReason;
	}

	/**
	 * @param finishReason why the response ended
	 */
	public void setFinishReason(@Nullable String finishReason) {
		this.finishReason = finishReason;
	}

	/**
	 * @return the input tokens the usage reported
	 */
	public @Nullable Long getInputTokens() {
		return this.inputTokens;
	}

	/**
	 * @param inputTokens the input tokens the usage reported
	 */
	public void setInputTokens(@Nullable Long inputTokens) {
		this.inputTokens = inputTokens;
	}

	/**
	 * @return the output tokens the usage reported
	 */
	public @Nullable Long getOutputTokens() {
		return this.outputTokens;
	}

	/**
	 * @param outputTokens the output tokens the usage reported
	 */
	public void setOutputTokens(@Nullable Long outputTokens) {
		this.outputTokens = outputTokens;
	}

	/**
	 * @return the total tokens the usage reported
	 */
	public @Nullable Long getTotalTokens() {
		return this.totalTokens;
	}

	/**
	 * @param totalTokens the total tokens the usage reported
	 */
	public void setTotalTokens(@Nullable Long totalTokens) {
		this.totalTokens = totalTokens;
	}

	/**
	 * @return the time from {@code response.created} to the first delta, if one came
	 */
	public @Nullable Duration getTimeToFirstDelta() {
		return this.timeToFirstDelta;
	}

	/**
	 * @param timeToFirstDelta the time from {@code response.created} to the first delta
	 */
	public void setTimeToFirstDelta(Duration timeToFirstDelta) {
		this.timeToFirstDelta = timeToFirstDelta;
	}

	/**
	 * @return how the response ended, once it did
	 */
	public @Nullable Outcome getOutcome() {
		return this.outcome;
	}

	/**
	 * @param outcome how the response ended
	 */
	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

	/**
	 * How a realtime response ended.
	 */
	public enum Outcome {

		/** {@code response.done} came with a status other than failed or cancelled. */
		SUCCESS("success"),

		/** Its status is {@code failed}, or the session failed before it was done. */
		ERROR("error"),

		/**
		 * Its status is {@code cancelled}, or the session was closed before it was done.
		 */
		CANCELLED("cancelled");

		private final String tagValue;

		Outcome(String tagValue) {
			this.tagValue = tagValue;
		}

		/**
		 * @return the value of the {@code openai.outcome} tag
		 */
		public String tagValue() {
			return this.tagValue;
		}

	}

}

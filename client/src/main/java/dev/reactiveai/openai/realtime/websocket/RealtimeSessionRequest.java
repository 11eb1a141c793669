package dev.reactiveai.openai.realtime.websocket;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * What realtime session to open: for a model with the client's API key, or with a client
 * secret (an ephemeral key made by
 * {@link dev.reactiveai.openai.realtime.RealtimeClientSecretsService}, whose session
 * settings the server already holds), and how much the session may hold in memory.
 * <p>
 * {@link #toString()} never shows the client secret.
 */
public final class RealtimeSessionRequest {

	/** How many events are buffered for slow subscribers unless set: 1,024. */
	public static final int DEFAULT_EVENT_BUFFER_SIZE = 1024;

	/** The largest message a session accepts unless set: 8 MB. */
	public static final DataSize DEFAULT_MAX_MESSAGE_SIZE = DataSize.ofMegabytes(8);

	private final @Nullable String model;

	private final @Nullable String clientSecret;

	private final int eventBufferSize;

	private final DataSize maxMessageSize;

	private RealtimeSessionRequest(Builder builder) {
		this.model = builder.model;
		this.clientSecret = builder.clientSecret;
		this.eventBufferSize = builder.eventBufferSize;
		this.maxMessageSize = builder.maxMessageSize;
	}

	/**
	 * A session of a model, opened with the client's API key.
	 * @param model the model, such as {@code gpt-realtime}
	 * @return the request
	 */
	public static RealtimeSessionRequest model(String model) {
		return builder().model(model).build();
	}

	/**
	 * A builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The model, sent as the {@code model} query parameter.
	 * @return the model, or {@code null} when the client secret's session names it
	 */
	public @Nullable String model() {
		return this.model;
	}

	/**
	 * The client secret to authenticate with instead of the client's API key.
	 * @return the secret, or {@code null} to use the API key
	 */
	public @Nullable String clientSecret() {
		return this.clientSecret;
	}

	/**
	 * How many events the session holds for subscribers that are behind before it fails
	 * with {@link dev.reactiveai.openai.error.RealtimeOverflowException}.
	 * @return the number of events
	 */
	public int eventBufferSize() {
		return this.eventBufferSize;
	}

	/**
	 * The largest message (a frame, or the frames of a fragmented message together) the
	 * session accepts; a larger one fails the session with
	 * {@link dev.reactiveai.openai.error.RealtimeFrameTooLargeException}.
	 * @return the size
	 */
	public DataSize maxMessageSize() {
		return this.maxMessageSize;
	}

	@Override
	public String toString() {
		return "RealtimeSessionRequest[model=" + this.model + ", clientSecret="
				+ ((this.clientSecret != null) ? "[redacted]" : "none") + ", eventBufferSize=" + this.eventBufferSize
				+ ", maxMessageSize=" + this.maxMessageSize + "]";
	}

	/**
	 * Builds a {@link RealtimeSessionRequest}.
	 */
	public static final class Builder {

		private @Nullable String model;

		private @Nullable String clientSecret;

		private int eventBufferSize = DEFAULT_EVENT_BUFFER_SIZE;

		private DataSize maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE;

		private Builder() {
		}

		/**
		 * The model.
		 * @param model the model, such as {@code gpt-realtime}
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			Assert.isTrue(model == null || !model.isBlank(), "'model' must not be blank: name a realtime model, "
					+ "such as gpt-realtime, or leave it unset with a client secret");
			this.model = model;
			return this;
		}

		/**
		 * Authenticate with a client secret (an ephemeral key, {@code ek_...}) instead of
		 * the client's API key.
		 * @param clientSecret the secret
		 * @return this builder
		 */
		public Builder clientSecret(@Nullable String clientSecret) {
			Assert.isTrue(clientSecret == null || !clientSecret.isBlank(),
					"'clientSecret' must not be blank: give the value of a client secret, or leave it unset "
							+ "to use the client's API key");
			this.clientSecret = clientSecret;
			return this;
		}

		/**
		 * How many events to hold for subscribers that are behind.
		 * @param eventBufferSize at least 16
		 * @return this builder
		 */
		public Builder eventBufferSize(int eventBufferSize) {
			Assert.isTrue(eventBufferSize >= 16,
					() -> "eventBufferSize must be at least 16 events, was " + eventBufferSize);
			this.eventBufferSize = eventBufferSize;
			return this;
		}

		/**
		 * The largest message to accept.
		 * @param maxMessageSize between 1 KB and 2 GB
		 * @return this builder
		 */
		public Builder maxMessageSize(DataSize maxMessageSize) {
			Assert.notNull(maxMessageSize, "'maxMessageSize' must not be null");
			Assert.isTrue(maxMessageSize.toBytes() >= 1024 && maxMessageSize.toBytes() <= Integer.MAX_VALUE,
					() -> "maxMessageSize must be between 1KB and 2GB, was " + maxMessageSize);
			this.maxMessageSize = maxMessageSize;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalStateException without a model nor a client secret
		 */
		public RealtimeSessionRequest build() {
			Assert.state(this.model != null || this.clientSecret != null,
					"A realtime session needs a model (model(\"gpt-realtime\")), or a client secret whose session "
							+ "names one (clientSecret(..))");
			return new RealtimeSessionRequest(this);
		}

	}

}

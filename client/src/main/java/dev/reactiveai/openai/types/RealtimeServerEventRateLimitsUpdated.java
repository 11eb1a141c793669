// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Emitted at the beginning of a Response to indicate the updated rate limits. When a
 * Response is created some tokens will be "reserved" for the output tokens, the rate
 * limits shown here reflect that reservation, which is then adjusted accordingly once the
 * Response is completed.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code rate_limits.updated}.
 * @param rateLimits List of rate limit information.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventRateLimitsUpdated.Reader.class)
public record RealtimeServerEventRateLimitsUpdated(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type,
		@JsonProperty("rate_limits") List<RealtimeServerEventRateLimitsUpdated.RateLimit> rateLimits,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventRateLimitsUpdated}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code rate_limits.updated}.
	 * @param rateLimits List of rate limit information.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventRateLimitsUpdated {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventRateLimitsUpdated}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * An item of a {@link RealtimeServerEventRateLimitsUpdated}'s {@code rate_limits}.
	 *
	 * @param name The name of the rate limit ({@code requests}, {@code tokens}).
	 * @param limit The maximum allowed value for the rate limit.
	 * @param remaining The remaining value before the limit is reached.
	 * @param resetSeconds Seconds until the rate limit resets.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = RateLimit.Reader.class)
	public static record RateLimit(@JsonProperty("name") RateLimit.@Nullable Name name,
			@JsonProperty("limit") @Nullable Long limit, @JsonProperty("remaining") @Nullable Long remaining,
			@JsonProperty("reset_seconds") @Nullable Double resetSeconds,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link RateLimit}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param name The name of the rate limit ({@code requests}, {@code tokens}).
		 * @param limit The maximum allowed value for the rate limit.
		 * @param remaining The remaining value before the limit is reached.
		 * @param resetSeconds Seconds until the rate limit resets.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public RateLimit {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link RateLimit}.
		 * @return a new builder
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 * @return a builder with this value's properties
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * The name of the rate limit ({@code requests}, {@code tokens}).
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Name(@JsonValue String value) {
			/**
			 * The value {@code requests}.
			 */
			public static final Name REQUESTS = new Name("requests");

			/**
			 * The value {@code tokens}.
			 */
			public static final Name TOKENS = new Name("tokens");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Name {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Name of(String value) {
				return switch (value) {
					case "requests" -> REQUESTS;
					case "tokens" -> TOKENS;
					default -> new Name(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "requests", "tokens" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link RateLimit}.
		 */
		public static final class Builder {

			private @Nullable Name name;

			private @Nullable Long limit;

			private @Nullable Long remaining;

			private @Nullable Double resetSeconds;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(RateLimit source) {
				this.name = source.name();
				this.limit = source.limit();
				this.remaining = source.remaining();
				this.resetSeconds = source.resetSeconds();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The name of the rate limit ({@code requests}, {@code tokens}).
			 * @param name the value
			 * @return this builder
			 */
			public Builder name(@Nullable Name name) {
				this.name = name;
				return this;
			}

			/**
			 * The name of the rate limit ({@code requests}, {@code tokens}).
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder name(String value) {
				return name(Name.of(value));
			}

			/**
			 * The maximum allowed value for the rate limit.
			 * @param limit the value
			 * @return this builder
			 */
			public Builder limit(@Nullable Long limit) {
				this.limit = limit;
				return this;
			}

			/**
			 * The remaining value before the limit is reached.
			 * @param remaining the value
			 * @return this builder
			 */
			public Builder remaining(@Nullable Long remaining) {
				this.remaining = remaining;
				return this;
			}

			/**
			 * Seconds until the rate limit resets.
			 * @param resetSeconds the value
			 * @return this builder
			 */
			public Builder resetSeconds(@Nullable Double resetSeconds) {
				this.resetSeconds = resetSeconds;
				return this;
			}

			/**
			 * Set a property that this version of the client does not know.
			 * @param name the property's name
			 * @param value its value
			 * @return this builder
			 */
			public Builder additionalProperty(String name, @Nullable Object value) {
				this.additionalProperties.put(name, value);
				return this;
			}

			/**
			 * Build the value.
			 * @return the value
			 */
			public RateLimit build() {
				return new RateLimit(this.name, this.limit, this.remaining, this.resetSeconds,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link RateLimit} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<RateLimit> {

			Reader() {
				super(RateLimit.class, "name", "limit", "remaining", "reset_seconds");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> Name.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected RateLimit create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new RateLimit((Name) values[0], (Long) values[1], (Long) values[2], (Double) values[3],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link RateLimit} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<RateLimit> {

			Writer() {
				super(RateLimit.class, "name", "limit", "remaining", "reset_seconds");
			}

			@Override
			protected @Nullable Object value(RateLimit record, int index) {
				return switch (index) {
					case 0 -> record.name();
					case 1 -> record.limit();
					case 2 -> record.remaining();
					case 3 -> record.resetSeconds();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(RateLimit record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RealtimeServerEventRateLimitsUpdated}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable List<RateLimit> rateLimits;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "rate_limits.updated";
		}

		private Builder(RealtimeServerEventRateLimitsUpdated source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.rateLimits = (source.rateLimits() != null) ? new ArrayList<>(source.rateLimits()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the server event.
		 * @param eventId the value (required)
		 * @return this builder
		 */
		public Builder eventId(@Nullable String eventId) {
			this.eventId = eventId;
			return this;
		}

		/**
		 * List of rate limit information.
		 * <p>
		 * Takes a copy of the list.
		 * @param rateLimits the value (required)
		 * @return this builder
		 */
		public Builder rateLimits(@Nullable List<RateLimit> rateLimits) {
			this.rateLimits = (rateLimits != null) ? new ArrayList<>(rateLimits) : null;
			return this;
		}

		/**
		 * List of rate limit information.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param rateLimit the item to add
		 * @return this builder
		 */
		public Builder addRateLimit(RateLimit rateLimit) {
			Objects.requireNonNull(rateLimit, "'rateLimit' must not be null");
			if (this.rateLimits == null) {
				this.rateLimits = new ArrayList<>();
			}
			this.rateLimits.add(rateLimit);
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public RealtimeServerEventRateLimitsUpdated build() {
			return new RealtimeServerEventRateLimitsUpdated(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.rateLimits, "'rateLimits' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventRateLimitsUpdated} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventRateLimitsUpdated> {

		Reader() {
			super(RealtimeServerEventRateLimitsUpdated.class, "event_id", "type", "rate_limits");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeServerEventRateLimitsUpdated create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventRateLimitsUpdated((String) values[0], (String) values[1],
					(List<RateLimit>) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventRateLimitsUpdated} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventRateLimitsUpdated> {

		Writer() {
			super(RealtimeServerEventRateLimitsUpdated.class, "event_id", "type", "rate_limits");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventRateLimitsUpdated record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.rateLimits();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventRateLimitsUpdated record) {
			return record.additionalProperties();
		}

	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * When the number of tokens in a conversation exceeds the model's input token limit, the
 * conversation be truncated, meaning messages (starting from the oldest) will not be
 * included in the model's context. A 32k context model with 4,096 max output tokens can
 * only include 28,224 tokens in the context before truncation occurs.
 * <p>
 * Clients can configure truncation behavior to truncate with a lower max token limit,
 * which is an effective way to control token usage and cost.
 * <p>
 * Truncation will reduce the number of cached tokens on the next turn (busting the
 * cache), since messages are dropped from the beginning of the context. However, clients
 * can also configure truncation to retain messages up to a fraction of the maximum
 * context size, which will reduce the need for future truncations and thus improve the
 * cache rate.
 * <p>
 * Truncation can be disabled entirely, which means the server will never truncate but
 * would instead return an error if the conversation exceeds the model's input token
 * limit.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = RealtimeTruncation.Deserializer.class)
public sealed interface RealtimeTruncation
		permits RealtimeTruncation.ItemValue, RealtimeTruncation.RetentionRatioTruncation, RealtimeTruncation.Unknown {

	/**
	 * The truncation strategy to use for the session. {@code auto} is the default
	 * truncation strategy. {@code disabled} will disable truncation and emit errors when
	 * the conversation exceeds the input token limit.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	record Item(@JsonValue String value) {
		/**
		 * The value {@code auto}.
		 */
		public static final Item AUTO = new Item("auto");

		/**
		 * The value {@code disabled}.
		 */
		public static final Item DISABLED = new Item("disabled");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Item {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Item of(String value) {
			return switch (value) {
				case "auto" -> AUTO;
				case "disabled" -> DISABLED;
				default -> new Item(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "auto", "disabled" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * A {@link RealtimeTruncation} that is a {@code Item}.
	 *
	 * @param value the value
	 */
	record ItemValue(@JsonValue Item value) implements RealtimeTruncation {
		/**
		 * Creates a {@link ItemValue}, rejecting a null value.
		 * @param value the value
		 */
		public ItemValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * Retain a fraction of the conversation tokens when the conversation exceeds the
	 * input token limit. This allows you to amortize truncations across multiple turns,
	 * which can help improve cached token usage.
	 *
	 * @param type Use retention ratio truncation.
	 * @param retentionRatio Fraction of post-instruction conversation tokens to retain
	 * ({@code 0.0} - {@code 1.0}) when the conversation exceeds the input token limit.
	 * Setting this to {@code 0.8} means that messages will be dropped until 80% of the
	 * maximum allowed tokens are used. This helps reduce the frequency of truncations and
	 * improve cache rates.
	 * @param tokenLimits Optional custom token limits for this truncation strategy. If
	 * not provided, the model's default token limits will be used.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = RetentionRatioTruncation.Reader.class)
	record RetentionRatioTruncation(@JsonProperty("type") String type,
			@JsonProperty("retention_ratio") Double retentionRatio,
			@JsonProperty("token_limits") RetentionRatioTruncation.@Nullable TokenLimits tokenLimits,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeTruncation {

		/**
		 * Creates a {@link RetentionRatioTruncation}, filling in {@code type} with its
		 * single possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param type Use retention ratio truncation.
		 * @param retentionRatio Fraction of post-instruction conversation tokens to
		 * retain ({@code 0.0} - {@code 1.0}) when the conversation exceeds the input
		 * token limit.
		 * @param tokenLimits Optional custom token limits for this truncation strategy.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public RetentionRatioTruncation {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link RetentionRatioTruncation}.
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
		 * Optional custom token limits for this truncation strategy. If not provided, the
		 * model's default token limits will be used.
		 *
		 * @param postInstructions Maximum tokens allowed in the conversation after
		 * instructions (which including tool definitions). For example, setting this to
		 * 5,000 would mean that truncation would occur when the conversation exceeds
		 * 5,000 tokens after instructions. This cannot be higher than the model's context
		 * window size minus the maximum output tokens.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = TokenLimits.Reader.class)
		public static record TokenLimits(@JsonProperty("post_instructions") @Nullable Long postInstructions,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link TokenLimits}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param postInstructions Maximum tokens allowed in the conversation after
			 * instructions (which including tool definitions).
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public TokenLimits {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link TokenLimits}.
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
			 * Builds a {@link TokenLimits}.
			 */
			public static final class Builder {

				private @Nullable Long postInstructions;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(TokenLimits source) {
					this.postInstructions = source.postInstructions();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * Maximum tokens allowed in the conversation after instructions (which
				 * including tool definitions).
				 * @param postInstructions the value
				 * @return this builder
				 */
				public Builder postInstructions(@Nullable Long postInstructions) {
					this.postInstructions = postInstructions;
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
				public TokenLimits build() {
					return new TokenLimits(this.postInstructions, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link TokenLimits} from the parser's tokens; Jackson creates it
			 * from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<TokenLimits> {

				Reader() {
					super(TokenLimits.class, "post_instructions");
				}

				@Override
				protected TokenLimits create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new TokenLimits((Long) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link TokenLimits} without reflection; the client's mapper finds
			 * it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<TokenLimits> {

				Writer() {
					super(TokenLimits.class, "post_instructions");
				}

				@Override
				protected @Nullable Object value(TokenLimits record, int index) {
					return switch (index) {
						case 0 -> record.postInstructions();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(TokenLimits record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link RetentionRatioTruncation}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable Double retentionRatio;

			private @Nullable TokenLimits tokenLimits;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.type = "retention_ratio";
			}

			private Builder(RetentionRatioTruncation source) {
				this.type = source.type();
				this.retentionRatio = source.retentionRatio();
				this.tokenLimits = source.tokenLimits();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Fraction of post-instruction conversation tokens to retain ({@code 0.0} -
			 * {@code 1.0}) when the conversation exceeds the input token limit.
			 * @param retentionRatio the value (required)
			 * @return this builder
			 */
			public Builder retentionRatio(@Nullable Double retentionRatio) {
				this.retentionRatio = retentionRatio;
				return this;
			}

			/**
			 * Optional custom token limits for this truncation strategy.
			 * @param tokenLimits the value
			 * @return this builder
			 */
			public Builder tokenLimits(@Nullable TokenLimits tokenLimits) {
				this.tokenLimits = tokenLimits;
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
			public RetentionRatioTruncation build() {
				return new RetentionRatioTruncation(this.type,
						Objects.requireNonNull(this.retentionRatio, "'retentionRatio' is required"), this.tokenLimits,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link RetentionRatioTruncation} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<RetentionRatioTruncation> {

			Reader() {
				super(RetentionRatioTruncation.class, "type", "retention_ratio", "token_limits");
			}

			@Override
			protected RetentionRatioTruncation create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new RetentionRatioTruncation((String) values[0], (Double) values[1], (TokenLimits) values[2],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link RetentionRatioTruncation} without reflection; the client's
		 * mapper finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<RetentionRatioTruncation> {

			Writer() {
				super(RetentionRatioTruncation.class, "type", "retention_ratio", "token_limits");
			}

			@Override
			protected @Nullable Object value(RetentionRatioTruncation record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.retentionRatio();
					case 2 -> record.tokenLimits();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(RetentionRatioTruncation record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * A {@link RealtimeTruncation} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements RealtimeTruncation, UnknownVariant {
	}

	/**
	 * Reads a {@link RealtimeTruncation} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<RealtimeTruncation> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<RealtimeTruncation>variants(Unknown::new)
				.object(RetentionRatioTruncation.class,
						VariantShape.declaring("type", "retention_ratio", "token_limits")
							.requiring("type", "retention_ratio"))
				.string(Item.class, ItemValue::new));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * @param input Input text to embed, encoded as a string or array of tokens.
 * @param model ID of the model to use.
 * @param encodingFormat The format to return the embeddings in.
 * @param dimensions The number of dimensions the resulting output embeddings should have.
 * @param user A unique identifier representing your end-user, which can help OpenAI to
 * monitor and detect abuse.
 * @param additionalProperties properties that this version of the client does not know
 */
public record CreateEmbeddingRequest(@JsonProperty("input") CreateEmbeddingRequest.Input input,
		@JsonProperty("model") CreateEmbeddingRequest.Model model,
		@JsonProperty("encoding_format") CreateEmbeddingRequest.@Nullable EncodingFormat encodingFormat,
		@JsonProperty("dimensions") @Nullable Long dimensions, @JsonProperty("user") @Nullable String user,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public CreateEmbeddingRequest {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link CreateEmbeddingRequest}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Input text to embed, encoded as a string or array of tokens. To embed multiple
	 * inputs in a single request, pass an array of strings or array of token arrays. The
	 * input must not exceed the max input tokens for the model (8192 tokens for all
	 * embedding models), cannot be an empty string, and any array must be 2048 dimensions
	 * or less. [Example Python
	 * code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for
	 * counting tokens. In addition to the per-input token limit, all embedding models
	 * enforce a maximum of 300,000 tokens summed across all inputs in a single request.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Input.Deserializer.class)
	public sealed interface Input permits Input.StringValue, Input.StringList, Input.Unknown {

		/**
		 * A {@link Input} that is a {@code String}.
		 *
		 * @param value the value
		 */
		record StringValue(@JsonValue String value) implements Input {
			public StringValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Input} that is a {@code List<String>}.
		 *
		 * @param value the value
		 */
		record StringList(@JsonValue List<String> value) implements Input {
			public StringList {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Input} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Input, UnknownVariant {
		}

		/**
		 * Reads a {@link Input} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Input> {

			public Deserializer() {
				super(UnionDeserializer.<Input>variants(Unknown::new)
					.string(String.class, StringValue::new)
					.array(new TypeReference<List<String>>() {
					}, StringList::new));
			}

		}

	}

	/**
	 * ID of the model to use. You can use the [List
	 * models](/docs/api-reference/models/list) API to see all of your available models,
	 * or see our [Model overview](/docs/models) for descriptions of them.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		public static final Model TEXT_EMBEDDING_ADA_002 = new Model("text-embedding-ada-002");

		public static final Model TEXT_EMBEDDING_3_SMALL = new Model("text-embedding-3-small");

		public static final Model TEXT_EMBEDDING_3_LARGE = new Model("text-embedding-3-large");

		public Model {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Model of(String value) {
			return switch (value) {
				case "text-embedding-ada-002" -> TEXT_EMBEDDING_ADA_002;
				case "text-embedding-3-small" -> TEXT_EMBEDDING_3_SMALL;
				case "text-embedding-3-large" -> TEXT_EMBEDDING_3_LARGE;
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The format to return the embeddings in. Can be either `float` or
	 * [`base64`](https://pypi.org/project/pybase64/).
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record EncodingFormat(@JsonValue String value) {
		public static final EncodingFormat FLOAT = new EncodingFormat("float");

		public static final EncodingFormat BASE64 = new EncodingFormat("base64");

		public EncodingFormat {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static EncodingFormat of(String value) {
			return switch (value) {
				case "float" -> FLOAT;
				case "base64" -> BASE64;
				default -> new EncodingFormat(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "float", "base64" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link CreateEmbeddingRequest}.
	 */
	public static final class Builder {

		private @Nullable Input input;

		private @Nullable Model model;

		private @Nullable EncodingFormat encodingFormat;

		private @Nullable Long dimensions;

		private @Nullable String user;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateEmbeddingRequest source) {
			this.input = source.input();
			this.model = source.model();
			this.encodingFormat = source.encodingFormat();
			this.dimensions = source.dimensions();
			this.user = source.user();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code input}: Input text to embed, encoded as a string or array of tokens.
		 * To embed multiple inputs in a single request, pass an array of strings or array
		 * of token arrays. The input must not exceed the max input tokens for the model
		 * (8192 tokens for all embedding models), cannot be an empty string, and any
		 * array must be 2048 dimensions or less. [Example Python
		 * code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken)
		 * for counting tokens. In addition to the per-input token limit, all embedding
		 * models enforce a maximum of 300,000 tokens summed across all inputs in a single
		 * request.
		 * @param input the value (required)
		 * @return this builder
		 */
		public Builder input(@Nullable Input input) {
			this.input = input;
			return this;
		}

		/**
		 * Set {@code input} to a {@link Input.StringValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder input(String value) {
			return input(new Input.StringValue(value));
		}

		/**
		 * Set {@code input} to a {@link Input.StringList}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder input(List<String> value) {
			return input(new Input.StringList(value));
		}

		/**
		 * Set {@code model}: ID of the model to use. You can use the [List
		 * models](/docs/api-reference/models/list) API to see all of your available
		 * models, or see our [Model overview](/docs/models) for descriptions of them.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * Set {@code model} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * Set {@code encoding_format}: The format to return the embeddings in. Can be
		 * either `float` or [`base64`](https://pypi.org/project/pybase64/).
		 * @param encodingFormat the value
		 * @return this builder
		 */
		public Builder encodingFormat(@Nullable EncodingFormat encodingFormat) {
			this.encodingFormat = encodingFormat;
			return this;
		}

		/**
		 * Set {@code encoding_format} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder encodingFormat(String value) {
			return encodingFormat(EncodingFormat.of(value));
		}

		/**
		 * Set {@code dimensions}: The number of dimensions the resulting output
		 * embeddings should have. Only supported in `text-embedding-3` and later models.
		 * @param dimensions the value
		 * @return this builder
		 */
		public Builder dimensions(@Nullable Long dimensions) {
			this.dimensions = dimensions;
			return this;
		}

		/**
		 * Set {@code user}: A unique identifier representing your end-user, which can
		 * help OpenAI to monitor and detect abuse. [Learn
		 * more](/docs/guides/safety-best-practices#end-user-ids).
		 * @param user the value
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
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
		public CreateEmbeddingRequest build() {
			return new CreateEmbeddingRequest(Objects.requireNonNull(this.input, "'input' is required"),
					Objects.requireNonNull(this.model, "'model' is required"), this.encodingFormat, this.dimensions,
					this.user, this.additionalProperties);
		}

	}
}

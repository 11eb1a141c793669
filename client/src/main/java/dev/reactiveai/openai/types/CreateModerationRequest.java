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
import java.util.ArrayList;
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
 * The request body of {@code POST /moderations}: Classifies if text and/or image inputs
 * are potentially harmful.
 *
 * @param input Input (or inputs) to classify. Can be a single string, an array of
 * strings, or an array of multi-modal input objects similar to other models.
 * @param model The content moderation model you would like to use. Learn more in
 * <a href="https://platform.openai.com/docs/guides/moderation">the moderation guide</a>,
 * and learn about available models
 * <a href="https://platform.openai.com/docs/models#moderation">here</a>.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateModerationRequest.Reader.class)
public record CreateModerationRequest(@JsonProperty("input") CreateModerationRequest.Input input,
		@JsonProperty("model") CreateModerationRequest.@Nullable Model model,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateModerationRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param input Input (or inputs) to classify.
	 * @param model The content moderation model you would like to use.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateModerationRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateModerationRequest}.
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
	 * Input (or inputs) to classify. Can be a single string, an array of strings, or an
	 * array of multi-modal input objects similar to other models.
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
			/**
			 * Creates a {@link StringValue}, rejecting a null value.
			 * @param value the value
			 */
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
			/**
			 * Creates a {@link StringList}, rejecting a null value.
			 * @param value the value
			 */
			public StringList {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * An item of one of the forms of a {@link Input}.
		 * <p>
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = Item.Deserializer.class)
		sealed interface Item permits Item.ImageUrl, Item.Text, Item.Unknown {

			/**
			 * An object describing an image to classify.
			 *
			 * @param type Always {@code image_url}.
			 * @param imageUrl Contains either an image URL or a data URL for a base64
			 * encoded image.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			@JsonDeserialize(using = ImageUrl.Reader.class)
			record ImageUrl(@JsonProperty("type") String type,
					@JsonProperty("image_url") ImageUrl.ImageUrlDetails imageUrl,
					@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Item {

				/**
				 * Creates a {@link ImageUrl}, filling in {@code type} with its single
				 * possible value when absent; {@code additionalProperties} becomes an
				 * unmodifiable copy, empty for null.
				 * @param type Always {@code image_url}.
				 * @param imageUrl Contains either an image URL or a data URL for a base64
				 * encoded image.
				 * @param additionalProperties properties that this version of the client
				 * does not know
				 */
				public ImageUrl {
					additionalProperties = AdditionalProperties.copyOf(additionalProperties);
				}

				/**
				 * A builder of {@link ImageUrl}.
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
				 * Contains either an image URL or a data URL for a base64 encoded image.
				 *
				 * @param url Either a URL of the image or the base64 encoded image data.
				 * @param additionalProperties properties that this version of the client
				 * does not know
				 */
				@JsonDeserialize(using = ImageUrlDetails.Reader.class)
				public static record ImageUrlDetails(@JsonProperty("url") String url,
						@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

					/**
					 * Creates a {@link ImageUrlDetails}; {@code additionalProperties}
					 * becomes an unmodifiable copy, empty for null.
					 * @param url Either a URL of the image or the base64 encoded image
					 * data.
					 * @param additionalProperties properties that this version of the
					 * client does not know
					 */
					public ImageUrlDetails {
						additionalProperties = AdditionalProperties.copyOf(additionalProperties);
					}

					/**
					 * A builder of {@link ImageUrlDetails}.
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
					 * Builds a {@link ImageUrlDetails}.
					 */
					public static final class Builder {

						private @Nullable String url;

						private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

						private Builder() {
						}

						private Builder(ImageUrlDetails source) {
							this.url = source.url();
							this.additionalProperties.putAll(source.additionalProperties());
						}

						/**
						 * Either a URL of the image or the base64 encoded image data.
						 * @param url the value (required)
						 * @return this builder
						 */
						public Builder url(@Nullable String url) {
							this.url = url;
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
						public ImageUrlDetails build() {
							return new ImageUrlDetails(Objects.requireNonNull(this.url, "'url' is required"),
									this.additionalProperties);
						}

					}

					/**
					 * Reads a {@link ImageUrlDetails} from the parser's tokens; Jackson
					 * creates it from {@code @JsonDeserialize}.
					 */
					static final class Reader extends RecordDeserializer<ImageUrlDetails> {

						Reader() {
							super(ImageUrlDetails.class, "url");
						}

						@Override
						protected ImageUrlDetails create(@Nullable Object[] values,
								@Nullable Map<String, Object> additionalProperties) {
							return new ImageUrlDetails((String) values[0], additionalProperties);
						}

					}

					/**
					 * Writes a {@link ImageUrlDetails} without reflection; the client's
					 * mapper finds it ({@code GeneratedWriters}).
					 */
					static final class Writer extends RecordSerializer<ImageUrlDetails> {

						Writer() {
							super(ImageUrlDetails.class, "url");
						}

						@Override
						protected @Nullable Object value(ImageUrlDetails record, int index) {
							return switch (index) {
								case 0 -> record.url();
								default -> throw new IndexOutOfBoundsException(index);
							};
						}

						@Override
						protected Map<String, Object> additionalProperties(ImageUrlDetails record) {
							return record.additionalProperties();
						}

					}
				}

				/**
				 * Builds a {@link ImageUrl}.
				 */
				public static final class Builder {

					private @Nullable String type;

					private @Nullable ImageUrlDetails imageUrl;

					private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

					private Builder() {
						this.type = "image_url";
					}

					private Builder(ImageUrl source) {
						this.type = source.type();
						this.imageUrl = source.imageUrl();
						this.additionalProperties.putAll(source.additionalProperties());
					}

					/**
					 * Contains either an image URL or a data URL for a base64 encoded
					 * image.
					 * @param imageUrl the value (required)
					 * @return this builder
					 */
					public Builder imageUrl(@Nullable ImageUrlDetails imageUrl) {
						this.imageUrl = imageUrl;
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
					public ImageUrl build() {
						return new ImageUrl(this.type, Objects.requireNonNull(this.imageUrl, "'imageUrl' is required"),
								this.additionalProperties);
					}

				}

				/**
				 * Reads a {@link ImageUrl} from the parser's tokens; Jackson creates it
				 * from {@code @JsonDeserialize}.
				 */
				static final class Reader extends RecordDeserializer<ImageUrl> {

					Reader() {
						super(ImageUrl.class, "type", "image_url");
					}

					@Override
					protected ImageUrl create(@Nullable Object[] values,
							@Nullable Map<String, Object> additionalProperties) {
						return new ImageUrl((String) values[0], (ImageUrlDetails) values[1], additionalProperties);
					}

				}

				/**
				 * Writes a {@link ImageUrl} without reflection; the client's mapper finds
				 * it ({@code GeneratedWriters}).
				 */
				static final class Writer extends RecordSerializer<ImageUrl> {

					Writer() {
						super(ImageUrl.class, "type", "image_url");
					}

					@Override
					protected @Nullable Object value(ImageUrl record, int index) {
						return switch (index) {
							case 0 -> record.type();
							case 1 -> record.imageUrl();
							default -> throw new IndexOutOfBoundsException(index);
						};
					}

					@Override
					protected Map<String, Object> additionalProperties(ImageUrl record) {
						return record.additionalProperties();
					}

				}
			}

			/**
			 * An object describing text to classify.
			 *
			 * @param type Always {@code text}.
			 * @param text A string of text to classify.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			@JsonDeserialize(using = Text.Reader.class)
			record Text(@JsonProperty("type") String type, @JsonProperty("text") String text,
					@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Item {

				/**
				 * Creates a {@link Text}, filling in {@code type} with its single
				 * possible value when absent; {@code additionalProperties} becomes an
				 * unmodifiable copy, empty for null.
				 * @param type Always {@code text}.
				 * @param text A string of text to classify.
				 * @param additionalProperties properties that this version of the client
				 * does not know
				 */
				public Text {
					additionalProperties = AdditionalProperties.copyOf(additionalProperties);
				}

				/**
				 * A builder of {@link Text}.
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
				 * Builds a {@link Text}.
				 */
				public static final class Builder {

					private @Nullable String type;

					private @Nullable String text;

					private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

					private Builder() {
						this.type = "text";
					}

					private Builder(Text source) {
						this.type = source.type();
						this.text = source.text();
						this.additionalProperties.putAll(source.additionalProperties());
					}

					/**
					 * A string of text to classify.
					 * @param text the value (required)
					 * @return this builder
					 */
					public Builder text(@Nullable String text) {
						this.text = text;
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
					public Text build() {
						return new Text(this.type, Objects.requireNonNull(this.text, "'text' is required"),
								this.additionalProperties);
					}

				}

				/**
				 * Reads a {@link Text} from the parser's tokens; Jackson creates it from
				 * {@code @JsonDeserialize}.
				 */
				static final class Reader extends RecordDeserializer<Text> {

					Reader() {
						super(Text.class, "type", "text");
					}

					@Override
					protected Text create(@Nullable Object[] values,
							@Nullable Map<String, Object> additionalProperties) {
						return new Text((String) values[0], (String) values[1], additionalProperties);
					}

				}

				/**
				 * Writes a {@link Text} without reflection; the client's mapper finds it
				 * ({@code GeneratedWriters}).
				 */
				static final class Writer extends RecordSerializer<Text> {

					Writer() {
						super(Text.class, "type", "text");
					}

					@Override
					protected @Nullable Object value(Text record, int index) {
						return switch (index) {
							case 0 -> record.type();
							case 1 -> record.text();
							default -> throw new IndexOutOfBoundsException(index);
						};
					}

					@Override
					protected Map<String, Object> additionalProperties(Text record) {
						return record.additionalProperties();
					}

				}
			}

			/**
			 * A {@link Item} that this version of the client does not recognize, kept as
			 * it came.
			 *
			 * @param json the JSON as it came
			 */
			record Unknown(@JsonValue JsonNode json) implements Item, UnknownVariant {
			}

			/**
			 * Reads a {@link Item} into the variant its JSON is.
			 */
			final class Deserializer extends UnionDeserializer<Item> {

				/**
				 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
				 */
				public Deserializer() {
					super(UnionDeserializer.<Item>variants(Unknown::new)
						.discriminator("type")
						.object(ImageUrl.class,
								VariantShape.declaring("type", "image_url")
									.requiring("type", "image_url")
									.values("type", "image_url"))
						.object(Text.class,
								VariantShape.declaring("type", "text")
									.requiring("type", "text")
									.values("type", "text")));
				}

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

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Input>variants(Unknown::new)
					.string(String.class, StringValue::new)
					.array(new TypeReference<List<String>>() {
					}, StringList::new));
			}

		}

	}

	/**
	 * The content moderation model you would like to use. Learn more in
	 * <a href="https://platform.openai.com/docs/guides/moderation">the moderation
	 * guide</a>, and learn about available models
	 * <a href="https://platform.openai.com/docs/models#moderation">here</a>.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		/**
		 * The value {@code omni-moderation-latest}.
		 */
		public static final Model OMNI_MODERATION_LATEST = new Model("omni-moderation-latest");

		/**
		 * The value {@code omni-moderation-2024-09-26}.
		 */
		public static final Model OMNI_MODERATION_2024_09_26 = new Model("omni-moderation-2024-09-26");

		/**
		 * The value {@code text-moderation-latest}.
		 */
		public static final Model TEXT_MODERATION_LATEST = new Model("text-moderation-latest");

		/**
		 * The value {@code text-moderation-stable}.
		 */
		public static final Model TEXT_MODERATION_STABLE = new Model("text-moderation-stable");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Model {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Model of(String value) {
			return switch (value) {
				case "omni-moderation-latest" -> OMNI_MODERATION_LATEST;
				case "omni-moderation-2024-09-26" -> OMNI_MODERATION_2024_09_26;
				case "text-moderation-latest" -> TEXT_MODERATION_LATEST;
				case "text-moderation-stable" -> TEXT_MODERATION_STABLE;
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "omni-moderation-latest", "omni-moderation-2024-09-26", "text-moderation-latest",
						"text-moderation-stable" ->
					true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link CreateModerationRequest}.
	 */
	public static final class Builder {

		private @Nullable Input input;

		private @Nullable Model model;

		/**
		 * The list that {@code input} holds and its adder adds to, until the value is
		 * built.
		 */
		private @Nullable List<String> inputAdded;

		private Input.@Nullable StringList inputAddedTo;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateModerationRequest source) {
			this.input = source.input();
			this.model = source.model();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Input (or inputs) to classify.
		 * @param input the value (required)
		 * @return this builder
		 */
		public Builder input(@Nullable Input input) {
			this.input = input;
			return this;
		}

		/**
		 * Input (or inputs) to classify.
		 * <p>
		 * Takes the value of a {@link Input.StringValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder input(String value) {
			return input(new Input.StringValue(value));
		}

		/**
		 * Input (or inputs) to classify.
		 * <p>
		 * Takes the value of a {@link Input.StringList}, copying the list.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder input(List<String> value) {
			return input(new Input.StringList(Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * Input (or inputs) to classify.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param input the item to add
		 * @return this builder
		 */
		public Builder addInput(String input) {
			Objects.requireNonNull(input, "'input' must not be null");
			if (this.inputAdded == null || this.input != this.inputAddedTo) {
				List<String> items = new ArrayList<>();
				if (this.input instanceof Input.StringList held) {
					items.addAll(held.value());
				}
				else if (this.input != null) {
					throw new IllegalStateException("Cannot add to 'input', which holds a "
							+ this.input.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.inputAdded = items;
				this.inputAddedTo = new Input.StringList(Collections.unmodifiableList(items));
				this.input = this.inputAddedTo;
			}
			this.inputAdded.add(input);
			return this;
		}

		/**
		 * The content moderation model you would like to use.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * The content moderation model you would like to use.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
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
		public CreateModerationRequest build() {
			CreateModerationRequest value = new CreateModerationRequest(
					Objects.requireNonNull(this.input, "'input' is required"), this.model, this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.inputAdded = null;
			this.inputAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link CreateModerationRequest} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateModerationRequest> {

		Reader() {
			super(CreateModerationRequest.class, "input", "model");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Model.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected CreateModerationRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateModerationRequest((Input) values[0], (Model) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateModerationRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateModerationRequest> {

		Writer() {
			super(CreateModerationRequest.class, "input", "model");
		}

		@Override
		protected @Nullable Object value(CreateModerationRequest record, int index) {
			return switch (index) {
				case 0 -> record.input();
				case 1 -> record.model();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateModerationRequest record) {
			return record.additionalProperties();
		}

	}
}

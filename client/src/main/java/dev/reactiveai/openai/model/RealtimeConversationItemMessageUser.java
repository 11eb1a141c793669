// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A user message item in a Realtime conversation.
 *
 * @param id The unique ID of the item.
 * @param object Identifier for the API object being returned - always `realtime.item`.
 * @param type The type of the item.
 * @param status The status of the item.
 * @param role The role of the message sender.
 * @param content The content of the message.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record RealtimeConversationItemMessageUser(@JsonProperty("id") @Nullable String id,
		@JsonProperty("object") @Nullable String object, @JsonProperty("type") String type,
		@JsonProperty("status") RealtimeConversationItemMessageUser.@Nullable Status status,
		@JsonProperty("role") String role,
		@JsonProperty("content") List<RealtimeConversationItemMessageUser.ContentItem> content,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeConversationItem {

	public RealtimeConversationItemMessageUser {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link RealtimeConversationItemMessageUser}.
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
	 * The status of the item. Has no effect on the conversation.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		public static final Status COMPLETED = new Status("completed");

		public static final Status INCOMPLETE = new Status("incomplete");

		public static final Status IN_PROGRESS = new Status("in_progress");

		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "completed" -> COMPLETED;
				case "incomplete" -> INCOMPLETE;
				case "in_progress" -> IN_PROGRESS;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "completed", "incomplete", "in_progress" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * @param type The content type (`input_text`, `input_audio`, or `input_image`).
	 * @param text The text content (for `input_text`).
	 * @param audio Base64-encoded audio bytes (for `input_audio`), these will be parsed
	 * as the format specified in the session input audio type configuration.
	 * @param imageUrl Base64-encoded image bytes (for `input_image`) as a data URI.
	 * @param detail The detail level of the image (for `input_image`).
	 * @param transcript Transcript of the audio (for `input_audio`).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record ContentItem(@JsonProperty("type") ContentItem.@Nullable Type type,
			@JsonProperty("text") @Nullable String text, @JsonProperty("audio") @Nullable String audio,
			@JsonProperty("image_url") @Nullable String imageUrl,
			@JsonProperty("detail") ContentItem.@Nullable Detail detail,
			@JsonProperty("transcript") @Nullable String transcript,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public ContentItem {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ContentItem}.
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
		 * The content type (`input_text`, `input_audio`, or `input_image`).
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Type(@JsonValue String value) {
			public static final Type INPUT_TEXT = new Type("input_text");

			public static final Type INPUT_AUDIO = new Type("input_audio");

			public static final Type INPUT_IMAGE = new Type("input_image");

			public Type {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 */
			@JsonCreator
			public static Type of(String value) {
				return switch (value) {
					case "input_text" -> INPUT_TEXT;
					case "input_audio" -> INPUT_AUDIO;
					case "input_image" -> INPUT_IMAGE;
					default -> new Type(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "input_text", "input_audio", "input_image" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * The detail level of the image (for `input_image`). `auto` will default to
		 * `high`.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Detail(@JsonValue String value) {
			public static final Detail AUTO = new Detail("auto");

			public static final Detail LOW = new Detail("low");

			public static final Detail HIGH = new Detail("high");

			public Detail {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 */
			@JsonCreator
			public static Detail of(String value) {
				return switch (value) {
					case "auto" -> AUTO;
					case "low" -> LOW;
					case "high" -> HIGH;
					default -> new Detail(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "auto", "low", "high" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link ContentItem}.
		 */
		public static final class Builder {

			private @Nullable Type type;

			private @Nullable String text;

			private @Nullable String audio;

			private @Nullable String imageUrl;

			private @Nullable Detail detail;

			private @Nullable String transcript;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ContentItem source) {
				this.type = source.type();
				this.text = source.text();
				this.audio = source.audio();
				this.imageUrl = source.imageUrl();
				this.detail = source.detail();
				this.transcript = source.transcript();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code type}: The content type (`input_text`, `input_audio`, or
			 * `input_image`).
			 * @param type the value
			 * @return this builder
			 */
			public Builder type(@Nullable Type type) {
				this.type = type;
				return this;
			}

			/**
			 * Set {@code type} to a value, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder type(String value) {
				return type(Type.of(value));
			}

			/**
			 * Set {@code text}: The text content (for `input_text`).
			 * @param text the value
			 * @return this builder
			 */
			public Builder text(@Nullable String text) {
				this.text = text;
				return this;
			}

			/**
			 * Set {@code audio}: Base64-encoded audio bytes (for `input_audio`), these
			 * will be parsed as the format specified in the session input audio type
			 * configuration. This defaults to PCM 16-bit 24kHz mono if not specified.
			 * @param audio the value
			 * @return this builder
			 */
			public Builder audio(@Nullable String audio) {
				this.audio = audio;
				return this;
			}

			/**
			 * Set {@code image_url}: Base64-encoded image bytes (for `input_image`) as a
			 * data URI. For example `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA...`.
			 * Supported formats are PNG and JPEG.
			 * @param imageUrl the value
			 * @return this builder
			 */
			public Builder imageUrl(@Nullable String imageUrl) {
				this.imageUrl = imageUrl;
				return this;
			}

			/**
			 * Set {@code detail}: The detail level of the image (for `input_image`).
			 * `auto` will default to `high`.
			 * @param detail the value
			 * @return this builder
			 */
			public Builder detail(@Nullable Detail detail) {
				this.detail = detail;
				return this;
			}

			/**
			 * Set {@code detail} to a value, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder detail(String value) {
				return detail(Detail.of(value));
			}

			/**
			 * Set {@code transcript}: Transcript of the audio (for `input_audio`). This
			 * is not sent to the model, but will be attached to the message item for
			 * reference.
			 * @param transcript the value
			 * @return this builder
			 */
			public Builder transcript(@Nullable String transcript) {
				this.transcript = transcript;
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
			public ContentItem build() {
				return new ContentItem(this.type, this.text, this.audio, this.imageUrl, this.detail, this.transcript,
						this.additionalProperties);
			}

		}
	}

	/**
	 * Builds a {@link RealtimeConversationItemMessageUser}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable String type;

		private @Nullable Status status;

		private @Nullable String role;

		private @Nullable List<ContentItem> content;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "realtime.item";
			this.type = "message";
			this.role = "user";
		}

		private Builder(RealtimeConversationItemMessageUser source) {
			this.id = source.id();
			this.object = source.object();
			this.type = source.type();
			this.status = source.status();
			this.role = source.role();
			this.content = source.content();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code id}: The unique ID of the item. This may be provided by the client
		 * or generated by the server.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set {@code object}: Identifier for the API object being returned - always
		 * `realtime.item`. Optional when creating a new item.
		 * @param object the value
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * Set {@code type}: The type of the item. Always `message`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code status}: The status of the item. Has no effect on the conversation.
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * Set {@code status} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * Set {@code role}: The role of the message sender. Always `user`.
		 * @param role the value (required)
		 * @return this builder
		 */
		public Builder role(@Nullable String role) {
			this.role = role;
			return this;
		}

		/**
		 * Set {@code content}: The content of the message.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable List<ContentItem> content) {
			this.content = content;
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
		public RealtimeConversationItemMessageUser build() {
			return new RealtimeConversationItemMessageUser(this.id, this.object, this.type, this.status, this.role,
					Objects.requireNonNull(this.content, "'content' is required"), this.additionalProperties);
		}

	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.VariantShape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = MessageStreamEvent.Deserializer.class)
public sealed interface MessageStreamEvent extends AssistantStreamEvent
		permits MessageStreamEvent.ThreadMessageCreated, MessageStreamEvent.ThreadMessageInProgress,
		MessageStreamEvent.ThreadMessageDelta, MessageStreamEvent.ThreadMessageCompleted,
		MessageStreamEvent.ThreadMessageIncomplete, MessageStreamEvent.Unknown {

	/**
	 * Occurs when a [message](/docs/api-reference/messages/object) is created.
	 *
	 * @param event the {@code event} property
	 * @param data Represents a message within a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadMessageCreated(@JsonProperty("event") String event, @JsonProperty("data") MessageObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements MessageStreamEvent {

		public ThreadMessageCreated {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadMessageCreated}.
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
		 * Builds a {@link ThreadMessageCreated}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable MessageObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.message.created";
			}

			private Builder(ThreadMessageCreated source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents a message within a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable MessageObject data) {
				this.data = data;
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
			public ThreadMessageCreated build() {
				return new ThreadMessageCreated(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Occurs when a [message](/docs/api-reference/messages/object) moves to an
	 * `in_progress` state.
	 *
	 * @param event the {@code event} property
	 * @param data Represents a message within a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadMessageInProgress(@JsonProperty("event") String event, @JsonProperty("data") MessageObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements MessageStreamEvent {

		public ThreadMessageInProgress {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadMessageInProgress}.
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
		 * Builds a {@link ThreadMessageInProgress}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable MessageObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.message.in_progress";
			}

			private Builder(ThreadMessageInProgress source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents a message within a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable MessageObject data) {
				this.data = data;
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
			public ThreadMessageInProgress build() {
				return new ThreadMessageInProgress(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Occurs when parts of a [Message](/docs/api-reference/messages/object) are being
	 * streamed.
	 *
	 * @param event the {@code event} property
	 * @param data Represents a message delta i.e.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadMessageDelta(@JsonProperty("event") String event, @JsonProperty("data") MessageDeltaObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements MessageStreamEvent {

		public ThreadMessageDelta {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadMessageDelta}.
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
		 * Builds a {@link ThreadMessageDelta}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable MessageDeltaObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.message.delta";
			}

			private Builder(ThreadMessageDelta source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents a message delta i.e. any changed fields on a
			 * message during streaming.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable MessageDeltaObject data) {
				this.data = data;
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
			public ThreadMessageDelta build() {
				return new ThreadMessageDelta(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Occurs when a [message](/docs/api-reference/messages/object) is completed.
	 *
	 * @param event the {@code event} property
	 * @param data Represents a message within a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadMessageCompleted(@JsonProperty("event") String event, @JsonProperty("data") MessageObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements MessageStreamEvent {

		public ThreadMessageCompleted {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadMessageCompleted}.
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
		 * Builds a {@link ThreadMessageCompleted}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable MessageObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.message.completed";
			}

			private Builder(ThreadMessageCompleted source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents a message within a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable MessageObject data) {
				this.data = data;
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
			public ThreadMessageCompleted build() {
				return new ThreadMessageCompleted(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Occurs when a [message](/docs/api-reference/messages/object) ends before it is
	 * completed.
	 *
	 * @param event the {@code event} property
	 * @param data Represents a message within a [thread](/docs/api-reference/threads).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ThreadMessageIncomplete(@JsonProperty("event") String event, @JsonProperty("data") MessageObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements MessageStreamEvent {

		public ThreadMessageIncomplete {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ThreadMessageIncomplete}.
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
		 * Builds a {@link ThreadMessageIncomplete}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable MessageObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.message.incomplete";
			}

			private Builder(ThreadMessageIncomplete source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code event}.
			 * @param event the value (required)
			 * @return this builder
			 */
			public Builder event(@Nullable String event) {
				this.event = event;
				return this;
			}

			/**
			 * Set {@code data}: Represents a message within a
			 * [thread](/docs/api-reference/threads).
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable MessageObject data) {
				this.data = data;
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
			public ThreadMessageIncomplete build() {
				return new ThreadMessageIncomplete(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * A {@link MessageStreamEvent} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements MessageStreamEvent, UnknownVariant {
	}

	/**
	 * Reads a {@link MessageStreamEvent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<MessageStreamEvent> {

		public Deserializer() {
			super(UnionDeserializer.<MessageStreamEvent>variants(Unknown::new)
				.discriminator("event")
				.object(ThreadMessageCreated.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.created"))
				.object(ThreadMessageInProgress.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.in_progress"))
				.object(ThreadMessageDelta.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.delta"))
				.object(ThreadMessageCompleted.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.completed"))
				.object(ThreadMessageIncomplete.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.incomplete")));
		}

	}

}

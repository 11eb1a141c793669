// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@link ClickParam}, {@link DoubleClickAction},
 * {@link DragParam}, {@link KeyPressAction}, {@link MoveParam}, {@link ScreenshotParam},
 * {@link ScrollParam} or 2 more.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ComputerAction.Deserializer.class)
public sealed interface ComputerAction permits ClickParam, DoubleClickAction, DragParam, KeyPressAction, MoveParam,
		ScreenshotParam, ScrollParam, TypeParam, WaitParam, ComputerAction.Unknown {

	/**
	 * A {@link ComputerAction} that this version of the client does not recognize, kept
	 * as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ComputerAction {
	}

	/**
	 * Reads a {@link ComputerAction} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ComputerAction> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ComputerAction>variants(Unknown::new)
				.discriminator("type")
				.when("click", ClickParam.class)
				.when("double_click", DoubleClickAction.class)
				.when("drag", DragParam.class)
				.when("keypress", KeyPressAction.class)
				.when("move", MoveParam.class)
				.when("screenshot", ScreenshotParam.class)
				.when("scroll", ScrollParam.class)
				.when("type", TypeParam.class)
				.when("wait", WaitParam.class));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
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
	record Unknown(@JsonValue JsonNode json) implements ComputerAction, UnknownVariant {
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
				.object(ClickParam.class,
						VariantShape.declaring("type", "button", "x", "y", "keys")
							.requiring("type", "button", "x", "y")
							.values("type", "click")
							.values("button", "left", "right", "wheel", "back", "forward"))
				.object(DoubleClickAction.class,
						VariantShape.declaring("type", "x", "y", "keys")
							.requiring("type", "x", "y", "keys")
							.values("type", "double_click"))
				.object(DragParam.class,
						VariantShape.declaring("type", "path", "keys").requiring("type", "path").values("type", "drag"))
				.object(KeyPressAction.class,
						VariantShape.declaring("type", "keys").requiring("type", "keys").values("type", "keypress"))
				.object(MoveParam.class,
						VariantShape.declaring("type", "x", "y", "keys")
							.requiring("type", "x", "y")
							.values("type", "move"))
				.object(ScreenshotParam.class,
						VariantShape.declaring("type").requiring("type").values("type", "screenshot"))
				.object(ScrollParam.class,
						VariantShape.declaring("type", "x", "y", "scroll_x", "scroll_y", "keys")
							.requiring("type", "x", "y", "scroll_x", "scroll_y")
							.values("type", "scroll"))
				.object(TypeParam.class,
						VariantShape.declaring("type", "text").requiring("type", "text").values("type", "type"))
				.object(WaitParam.class, VariantShape.declaring("type").requiring("type").values("type", "wait")));
		}

	}

}

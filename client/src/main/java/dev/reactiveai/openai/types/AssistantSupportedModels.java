// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code gpt-5}, {@code gpt-5-mini}, {@code gpt-5-nano}, {@code gpt-5-2025-08-07},
 * {@code gpt-5-mini-2025-08-07}, {@code gpt-5-nano-2025-08-07}, {@code gpt-4.1} or 35
 * more.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record AssistantSupportedModels(@JsonValue String value) {
	/**
	 * The value {@code gpt-5}.
	 */
	public static final AssistantSupportedModels GPT_5 = new AssistantSupportedModels("gpt-5");

	/**
	 * The value {@code gpt-5-mini}.
	 */
	public static final AssistantSupportedModels GPT_5_MINI = new AssistantSupportedModels("gpt-5-mini");

	/**
	 * The value {@code gpt-5-nano}.
	 */
	public static final AssistantSupportedModels GPT_5_NANO = new AssistantSupportedModels("gpt-5-nano");

	/**
	 * The value {@code gpt-5-2025-08-07}.
	 */
	public static final AssistantSupportedModels GPT_5_2025_08_07 = new AssistantSupportedModels("gpt-5-2025-08-07");

	/**
	 * The value {@code gpt-5-mini-2025-08-07}.
	 */
	public static final AssistantSupportedModels GPT_5_MINI_2025_08_07 = new AssistantSupportedModels(
			"gpt-5-mini-2025-08-07");

	/**
	 * The value {@code gpt-5-nano-2025-08-07}.
	 */
	public static final AssistantSupportedModels GPT_5_NANO_2025_08_07 = new AssistantSupportedModels(
			"gpt-5-nano-2025-08-07");

	/**
	 * The value {@code gpt-4.1}.
	 */
	public static final AssistantSupportedModels GPT_4_1 = new AssistantSupportedModels("gpt-4.1");

	/**
	 * The value {@code gpt-4.1-mini}.
	 */
	public static final AssistantSupportedModels GPT_4_1_MINI = new AssistantSupportedModels("gpt-4.1-mini");

	/**
	 * The value {@code gpt-4.1-nano}.
	 */
	public static final AssistantSupportedModels GPT_4_1_NANO = new AssistantSupportedModels("gpt-4.1-nano");

	/**
	 * The value {@code gpt-4.1-2025-04-14}.
	 */
	public static final AssistantSupportedModels GPT_4_1_2025_04_14 = new AssistantSupportedModels(
			"gpt-4.1-2025-04-14");

	/**
	 * The value {@code gpt-4.1-mini-2025-04-14}.
	 */
	public static final AssistantSupportedModels GPT_4_1_MINI_2025_04_14 = new AssistantSupportedModels(
			"gpt-4.1-mini-2025-04-14");

	/**
	 * The value {@code gpt-4.1-nano-2025-04-14}.
	 */
	public static final AssistantSupportedModels GPT_4_1_NANO_2025_04_14 = new AssistantSupportedModels(
			"gpt-4.1-nano-2025-04-14");

	/**
	 * The value {@code o3-mini}.
	 */
	public static final AssistantSupportedModels O3_MINI = new AssistantSupportedModels("o3-mini");

	/**
	 * The value {@code o3-mini-2025-01-31}.
	 */
	public static final AssistantSupportedModels O3_MINI_2025_01_31 = new AssistantSupportedModels(
			"o3-mini-2025-01-31");

	/**
	 * The value {@code o1}.
	 */
	public static final AssistantSupportedModels O1 = new AssistantSupportedModels("o1");

	/**
	 * The value {@code o1-2024-12-17}.
	 */
	public static final AssistantSupportedModels O1_2024_12_17 = new AssistantSupportedModels("o1-2024-12-17");

	/**
	 * The value {@code gpt-4o}.
	 */
	public static final AssistantSupportedModels GPT_4O = new AssistantSupportedModels("gpt-4o");

	/**
	 * The value {@code gpt-4o-2024-11-20}.
	 */
	public static final AssistantSupportedModels GPT_4O_2024_11_20 = new AssistantSupportedModels("gpt-4o-2024-11-20");

	/**
	 * The value {@code gpt-4o-2024-08-06}.
	 */
	public static final AssistantSupportedModels GPT_4O_2024_08_06 = new AssistantSupportedModels("gpt-4o-2024-08-06");

	/**
	 * The value {@code gpt-4o-2024-05-13}.
	 */
	public static final AssistantSupportedModels GPT_4O_2024_05_13 = new AssistantSupportedModels("gpt-4o-2024-05-13");

	/**
	 * The value {@code gpt-4o-mini}.
	 */
	public static final AssistantSupportedModels GPT_4O_MINI = new AssistantSupportedModels("gpt-4o-mini");

	/**
	 * The value {@code gpt-4o-mini-2024-07-18}.
	 */
	public static final AssistantSupportedModels GPT_4O_MINI_2024_07_18 = new AssistantSupportedModels(
			"gpt-4o-mini-2024-07-18");

	/**
	 * The value {@code gpt-4.5-preview}.
	 */
	public static final AssistantSupportedModels GPT_4_5_PREVIEW = new AssistantSupportedModels("gpt-4.5-preview");

	/**
	 * The value {@code gpt-4.5-preview-2025-02-27}.
	 */
	public static final AssistantSupportedModels GPT_4_5_PREVIEW_2025_02_27 = new AssistantSupportedModels(
			"gpt-4.5-preview-2025-02-27");

	/**
	 * The value {@code gpt-4-turbo}.
	 */
	public static final AssistantSupportedModels GPT_4_TURBO = new AssistantSupportedModels("gpt-4-turbo");

	/**
	 * The value {@code gpt-4-turbo-2024-04-09}.
	 */
	public static final AssistantSupportedModels GPT_4_TURBO_2024_04_09 = new AssistantSupportedModels(
			"gpt-4-turbo-2024-04-09");

	/**
	 * The value {@code gpt-4-0125-preview}.
	 */
	public static final AssistantSupportedModels GPT_4_0125_PREVIEW = new AssistantSupportedModels(
			"gpt-4-0125-preview");

	/**
	 * The value {@code gpt-4-turbo-preview}.
	 */
	public static final AssistantSupportedModels GPT_4_TURBO_PREVIEW = new AssistantSupportedModels(
			"gpt-4-turbo-preview");

	/**
	 * The value {@code gpt-4-1106-preview}.
	 */
	public static final AssistantSupportedModels GPT_4_1106_PREVIEW = new AssistantSupportedModels(
			"gpt-4-1106-preview");

	/**
	 * The value {@code gpt-4-vision-preview}.
	 */
	public static final AssistantSupportedModels GPT_4_VISION_PREVIEW = new AssistantSupportedModels(
			"gpt-4-vision-preview");

	/**
	 * The value {@code gpt-4}.
	 */
	public static final AssistantSupportedModels GPT_4 = new AssistantSupportedModels("gpt-4");

	/**
	 * The value {@code gpt-4-0314}.
	 */
	public static final AssistantSupportedModels GPT_4_0314 = new AssistantSupportedModels("gpt-4-0314");

	/**
	 * The value {@code gpt-4-0613}.
	 */
	public static final AssistantSupportedModels GPT_4_0613 = new AssistantSupportedModels("gpt-4-0613");

	/**
	 * The value {@code gpt-4-32k}.
	 */
	public static final AssistantSupportedModels GPT_4_32K = new AssistantSupportedModels("gpt-4-32k");

	/**
	 * The value {@code gpt-4-32k-0314}.
	 */
	public static final AssistantSupportedModels GPT_4_32K_0314 = new AssistantSupportedModels("gpt-4-32k-0314");

	/**
	 * The value {@code gpt-4-32k-0613}.
	 */
	public static final AssistantSupportedModels GPT_4_32K_0613 = new AssistantSupportedModels("gpt-4-32k-0613");

	/**
	 * The value {@code gpt-3.5-turbo}.
	 */
	public static final AssistantSupportedModels GPT_3_5_TURBO = new AssistantSupportedModels("gpt-3.5-turbo");

	/**
	 * The value {@code gpt-3.5-turbo-16k}.
	 */
	public static final AssistantSupportedModels GPT_3_5_TURBO_16K = new AssistantSupportedModels("gpt-3.5-turbo-16k");

	/**
	 * The value {@code gpt-3.5-turbo-0613}.
	 */
	public static final AssistantSupportedModels GPT_3_5_TURBO_0613 = new AssistantSupportedModels(
			"gpt-3.5-turbo-0613");

	/**
	 * The value {@code gpt-3.5-turbo-1106}.
	 */
	public static final AssistantSupportedModels GPT_3_5_TURBO_1106 = new AssistantSupportedModels(
			"gpt-3.5-turbo-1106");

	/**
	 * The value {@code gpt-3.5-turbo-0125}.
	 */
	public static final AssistantSupportedModels GPT_3_5_TURBO_0125 = new AssistantSupportedModels(
			"gpt-3.5-turbo-0125");

	/**
	 * The value {@code gpt-3.5-turbo-16k-0613}.
	 */
	public static final AssistantSupportedModels GPT_3_5_TURBO_16K_0613 = new AssistantSupportedModels(
			"gpt-3.5-turbo-16k-0613");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public AssistantSupportedModels {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static AssistantSupportedModels of(String value) {
		return switch (value) {
			case "gpt-5" -> GPT_5;
			case "gpt-5-mini" -> GPT_5_MINI;
			case "gpt-5-nano" -> GPT_5_NANO;
			case "gpt-5-2025-08-07" -> GPT_5_2025_08_07;
			case "gpt-5-mini-2025-08-07" -> GPT_5_MINI_2025_08_07;
			case "gpt-5-nano-2025-08-07" -> GPT_5_NANO_2025_08_07;
			case "gpt-4.1" -> GPT_4_1;
			case "gpt-4.1-mini" -> GPT_4_1_MINI;
			case "gpt-4.1-nano" -> GPT_4_1_NANO;
			case "gpt-4.1-2025-04-14" -> GPT_4_1_2025_04_14;
			case "gpt-4.1-mini-2025-04-14" -> GPT_4_1_MINI_2025_04_14;
			case "gpt-4.1-nano-2025-04-14" -> GPT_4_1_NANO_2025_04_14;
			case "o3-mini" -> O3_MINI;
			case "o3-mini-2025-01-31" -> O3_MINI_2025_01_31;
			case "o1" -> O1;
			case "o1-2024-12-17" -> O1_2024_12_17;
			case "gpt-4o" -> GPT_4O;
			case "gpt-4o-2024-11-20" -> GPT_4O_2024_11_20;
			case "gpt-4o-2024-08-06" -> GPT_4O_2024_08_06;
			case "gpt-4o-2024-05-13" -> GPT_4O_2024_05_13;
			case "gpt-4o-mini" -> GPT_4O_MINI;
			case "gpt-4o-mini-2024-07-18" -> GPT_4O_MINI_2024_07_18;
			case "gpt-4.5-preview" -> GPT_4_5_PREVIEW;
			case "gpt-4.5-preview-2025-02-27" -> GPT_4_5_PREVIEW_2025_02_27;
			case "gpt-4-turbo" -> GPT_4_TURBO;
			case "gpt-4-turbo-2024-04-09" -> GPT_4_TURBO_2024_04_09;
			case "gpt-4-0125-preview" -> GPT_4_0125_PREVIEW;
			case "gpt-4-turbo-preview" -> GPT_4_TURBO_PREVIEW;
			case "gpt-4-1106-preview" -> GPT_4_1106_PREVIEW;
			case "gpt-4-vision-preview" -> GPT_4_VISION_PREVIEW;
			case "gpt-4" -> GPT_4;
			case "gpt-4-0314" -> GPT_4_0314;
			case "gpt-4-0613" -> GPT_4_0613;
			case "gpt-4-32k" -> GPT_4_32K;
			case "gpt-4-32k-0314" -> GPT_4_32K_0314;
			case "gpt-4-32k-0613" -> GPT_4_32K_0613;
			case "gpt-3.5-turbo" -> GPT_3_5_TURBO;
			case "gpt-3.5-turbo-16k" -> GPT_3_5_TURBO_16K;
			case "gpt-3.5-turbo-0613" -> GPT_3_5_TURBO_0613;
			case "gpt-3.5-turbo-1106" -> GPT_3_5_TURBO_1106;
			case "gpt-3.5-turbo-0125" -> GPT_3_5_TURBO_0125;
			case "gpt-3.5-turbo-16k-0613" -> GPT_3_5_TURBO_16K_0613;
			default -> new AssistantSupportedModels(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-5-2025-08-07", "gpt-5-mini-2025-08-07",
					"gpt-5-nano-2025-08-07", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4.1-2025-04-14",
					"gpt-4.1-mini-2025-04-14", "gpt-4.1-nano-2025-04-14", "o3-mini", "o3-mini-2025-01-31", "o1",
					"o1-2024-12-17", "gpt-4o", "gpt-4o-2024-11-20", "gpt-4o-2024-08-06", "gpt-4o-2024-05-13",
					"gpt-4o-mini", "gpt-4o-mini-2024-07-18", "gpt-4.5-preview", "gpt-4.5-preview-2025-02-27",
					"gpt-4-turbo", "gpt-4-turbo-2024-04-09", "gpt-4-0125-preview", "gpt-4-turbo-preview",
					"gpt-4-1106-preview", "gpt-4-vision-preview", "gpt-4", "gpt-4-0314", "gpt-4-0613", "gpt-4-32k",
					"gpt-4-32k-0314", "gpt-4-32k-0613", "gpt-3.5-turbo", "gpt-3.5-turbo-16k", "gpt-3.5-turbo-0613",
					"gpt-3.5-turbo-1106", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-16k-0613" ->
				true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

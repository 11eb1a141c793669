// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code gpt-5.4}, {@code gpt-5.4-mini}, {@code gpt-5.4-nano},
 * {@code gpt-5.4-mini-2026-03-17}, {@code gpt-5.4-nano-2026-03-17},
 * {@code gpt-5.3-chat-latest}, {@code gpt-5.2} or 85 more.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ModelIds(@JsonValue String value) {
	/**
	 * The value {@code gpt-5.4}.
	 */
	public static final ModelIds GPT_5_4 = new ModelIds("gpt-5.4");

	/**
	 * The value {@code gpt-5.4-mini}.
	 */
	public static final ModelIds GPT_5_4_MINI = new ModelIds("gpt-5.4-mini");

	/**
	 * The value {@code gpt-5.4-nano}.
	 */
	public static final ModelIds GPT_5_4_NANO = new ModelIds("gpt-5.4-nano");

	/**
	 * The value {@code gpt-5.4-mini-2026-03-17}.
	 */
	public static final ModelIds GPT_5_4_MINI_2026_03_17 = new ModelIds("gpt-5.4-mini-2026-03-17");

	/**
	 * The value {@code gpt-5.4-nano-2026-03-17}.
	 */
	public static final ModelIds GPT_5_4_NANO_2026_03_17 = new ModelIds("gpt-5.4-nano-2026-03-17");

	/**
	 * The value {@code gpt-5.3-chat-latest}.
	 */
	public static final ModelIds GPT_5_3_CHAT_LATEST = new ModelIds("gpt-5.3-chat-latest");

	/**
	 * The value {@code gpt-5.2}.
	 */
	public static final ModelIds GPT_5_2 = new ModelIds("gpt-5.2");

	/**
	 * The value {@code gpt-5.2-2025-12-11}.
	 */
	public static final ModelIds GPT_5_2_2025_12_11 = new ModelIds("gpt-5.2-2025-12-11");

	/**
	 * The value {@code gpt-5.2-chat-latest}.
	 */
	public static final ModelIds GPT_5_2_CHAT_LATEST = new ModelIds("gpt-5.2-chat-latest");

	/**
	 * The value {@code gpt-5.2-pro}.
	 */
	public static final ModelIds GPT_5_2_PRO = new ModelIds("gpt-5.2-pro");

	/**
	 * The value {@code gpt-5.2-pro-2025-12-11}.
	 */
	public static final ModelIds GPT_5_2_PRO_2025_12_11 = new ModelIds("gpt-5.2-pro-2025-12-11");

	/**
	 * The value {@code gpt-5.1}.
	 */
	public static final ModelIds GPT_5_1 = new ModelIds("gpt-5.1");

	/**
	 * The value {@code gpt-5.1-2025-11-13}.
	 */
	public static final ModelIds GPT_5_1_2025_11_13 = new ModelIds("gpt-5.1-2025-11-13");

	/**
	 * The value {@code gpt-5.1-codex}.
	 */
	public static final ModelIds GPT_5_1_CODEX = new ModelIds("gpt-5.1-codex");

	/**
	 * The value {@code gpt-5.1-mini}.
	 */
	public static final ModelIds GPT_5_1_MINI = new ModelIds("gpt-5.1-mini");

	/**
	 * The value {@code gpt-5.1-chat-latest}.
	 */
	public static final ModelIds GPT_5_1_CHAT_LATEST = new ModelIds("gpt-5.1-chat-latest");

	/**
	 * The value {@code gpt-5}.
	 */
	public static final ModelIds GPT_5 = new ModelIds("gpt-5");

	/**
	 * The value {@code gpt-5-mini}.
	 */
	public static final ModelIds GPT_5_MINI = new ModelIds("gpt-5-mini");

	/**
	 * The value {@code gpt-5-nano}.
	 */
	public static final ModelIds GPT_5_NANO = new ModelIds("gpt-5-nano");

	/**
	 * The value {@code gpt-5-2025-08-07}.
	 */
	public static final ModelIds GPT_5_2025_08_07 = new ModelIds("gpt-5-2025-08-07");

	/**
	 * The value {@code gpt-5-mini-2025-08-07}.
	 */
	public static final ModelIds GPT_5_MINI_2025_08_07 = new ModelIds("gpt-5-mini-2025-08-07");

	/**
	 * The value {@code gpt-5-nano-2025-08-07}.
	 */
	public static final ModelIds GPT_5_NANO_2025_08_07 = new ModelIds("gpt-5-nano-2025-08-07");

	/**
	 * The value {@code gpt-5-chat-latest}.
	 */
	public static final ModelIds GPT_5_CHAT_LATEST = new ModelIds("gpt-5-chat-latest");

	/**
	 * The value {@code gpt-4.1}.
	 */
	public static final ModelIds GPT_4_1 = new ModelIds("gpt-4.1");

	/**
	 * The value {@code gpt-4.1-mini}.
	 */
	public static final ModelIds GPT_4_1_MINI = new ModelIds("gpt-4.1-mini");

	/**
	 * The value {@code gpt-4.1-nano}.
	 */
	public static final ModelIds GPT_4_1_NANO = new ModelIds("gpt-4.1-nano");

	/**
	 * The value {@code gpt-4.1-2025-04-14}.
	 */
	public static final ModelIds GPT_4_1_2025_04_14 = new ModelIds("gpt-4.1-2025-04-14");

	/**
	 * The value {@code gpt-4.1-mini-2025-04-14}.
	 */
	public static final ModelIds GPT_4_1_MINI_2025_04_14 = new ModelIds("gpt-4.1-mini-2025-04-14");

	/**
	 * The value {@code gpt-4.1-nano-2025-04-14}.
	 */
	public static final ModelIds GPT_4_1_NANO_2025_04_14 = new ModelIds("gpt-4.1-nano-2025-04-14");

	/**
	 * The value {@code o4-mini}.
	 */
	public static final ModelIds O4_MINI = new ModelIds("o4-mini");

	/**
	 * The value {@code o4-mini-2025-04-16}.
	 */
	public static final ModelIds O4_MINI_2025_04_16 = new ModelIds("o4-mini-2025-04-16");

	/**
	 * The value {@code o3}.
	 */
	public static final ModelIds O3 = new ModelIds("o3");

	/**
	 * The value {@code o3-2025-04-16}.
	 */
	public static final ModelIds O3_2025_04_16 = new ModelIds("o3-2025-04-16");

	/**
	 * The value {@code o3-mini}.
	 */
	public static final ModelIds O3_MINI = new ModelIds("o3-mini");

	/**
	 * The value {@code o3-mini-2025-01-31}.
	 */
	public static final ModelIds O3_MINI_2025_01_31 = new ModelIds("o3-mini-2025-01-31");

	/**
	 * The value {@code o1}.
	 */
	public static final ModelIds O1 = new ModelIds("o1");

	/**
	 * The value {@code o1-2024-12-17}.
	 */
	public static final ModelIds O1_2024_12_17 = new ModelIds("o1-2024-12-17");

	/**
	 * The value {@code o1-preview}.
	 */
	public static final ModelIds O1_PREVIEW = new ModelIds("o1-preview");

	/**
	 * The value {@code o1-preview-2024-09-12}.
	 */
	public static final ModelIds O1_PREVIEW_2024_09_12 = new ModelIds("o1-preview-2024-09-12");

	/**
	 * The value {@code o1-mini}.
	 */
	public static final ModelIds O1_MINI = new ModelIds("o1-mini");

	/**
	 * The value {@code o1-mini-2024-09-12}.
	 */
	public static final ModelIds O1_MINI_2024_09_12 = new ModelIds("o1-mini-2024-09-12");

	/**
	 * The value {@code gpt-4o}.
	 */
	public static final ModelIds GPT_4O = new ModelIds("gpt-4o");

	/**
	 * The value {@code gpt-4o-2024-11-20}.
	 */
	public static final ModelIds GPT_4O_2024_11_20 = new ModelIds("gpt-4o-2024-11-20");

	/**
	 * The value {@code gpt-4o-2024-08-06}.
	 */
	public static final ModelIds GPT_4O_2024_08_06 = new ModelIds("gpt-4o-2024-08-06");

	/**
	 * The value {@code gpt-4o-2024-05-13}.
	 */
	public static final ModelIds GPT_4O_2024_05_13 = new ModelIds("gpt-4o-2024-05-13");

	/**
	 * The value {@code gpt-4o-audio-preview}.
	 */
	public static final ModelIds GPT_4O_AUDIO_PREVIEW = new ModelIds("gpt-4o-audio-preview");

	/**
	 * The value {@code gpt-4o-audio-preview-2024-10-01}.
	 */
	public static final ModelIds GPT_4O_AUDIO_PREVIEW_2024_10_01 = new ModelIds("gpt-4o-audio-preview-2024-10-01");

	/**
	 * The value {@code gpt-4o-audio-preview-2024-12-17}.
	 */
	public static final ModelIds GPT_4O_AUDIO_PREVIEW_2024_12_17 = new ModelIds("gpt-4o-audio-preview-2024-12-17");

	/**
	 * The value {@code gpt-4o-audio-preview-2025-06-03}.
	 */
	public static final ModelIds GPT_4O_AUDIO_PREVIEW_2025_06_03 = new ModelIds("gpt-4o-audio-preview-2025-06-03");

	/**
	 * The value {@code gpt-4o-mini-audio-preview}.
	 */
	public static final ModelIds GPT_4O_MINI_AUDIO_PREVIEW = new ModelIds("gpt-4o-mini-audio-preview");

	/**
	 * The value {@code gpt-4o-mini-audio-preview-2024-12-17}.
	 */
	public static final ModelIds GPT_4O_MINI_AUDIO_PREVIEW_2024_12_17 = new ModelIds(
			"gpt-4o-mini-audio-preview-2024-12-17");

	/**
	 * The value {@code gpt-4o-search-preview}.
	 */
	public static final ModelIds GPT_4O_SEARCH_PREVIEW = new ModelIds("gpt-4o-search-preview");

	/**
	 * The value {@code gpt-4o-mini-search-preview}.
	 */
	public static final ModelIds GPT_4O_MINI_SEARCH_PREVIEW = new ModelIds("gpt-4o-mini-search-preview");

	/**
	 * The value {@code gpt-4o-search-preview-2025-03-11}.
	 */
	public static final ModelIds GPT_4O_SEARCH_PREVIEW_2025_03_11 = new ModelIds("gpt-4o-search-preview-2025-03-11");

	/**
	 * The value {@code gpt-4o-mini-search-preview-2025-03-11}.
	 */
	public static final ModelIds GPT_4O_MINI_SEARCH_PREVIEW_2025_03_11 = new ModelIds(
			"gpt-4o-mini-search-preview-2025-03-11");

	/**
	 * The value {@code chatgpt-4o-latest}.
	 */
	public static final ModelIds CHATGPT_4O_LATEST = new ModelIds("chatgpt-4o-latest");

	/**
	 * The value {@code codex-mini-latest}.
	 */
	public static final ModelIds CODEX_MINI_LATEST = new ModelIds("codex-mini-latest");

	/**
	 * The value {@code gpt-4o-mini}.
	 */
	public static final ModelIds GPT_4O_MINI = new ModelIds("gpt-4o-mini");

	/**
	 * The value {@code gpt-4o-mini-2024-07-18}.
	 */
	public static final ModelIds GPT_4O_MINI_2024_07_18 = new ModelIds("gpt-4o-mini-2024-07-18");

	/**
	 * The value {@code gpt-4-turbo}.
	 */
	public static final ModelIds GPT_4_TURBO = new ModelIds("gpt-4-turbo");

	/**
	 * The value {@code gpt-4-turbo-2024-04-09}.
	 */
	public static final ModelIds GPT_4_TURBO_2024_04_09 = new ModelIds("gpt-4-turbo-2024-04-09");

	/**
	 * The value {@code gpt-4-0125-preview}.
	 */
	public static final ModelIds GPT_4_0125_PREVIEW = new ModelIds("gpt-4-0125-preview");

	/**
	 * The value {@code gpt-4-turbo-preview}.
	 */
	public static final ModelIds GPT_4_TURBO_PREVIEW = new ModelIds("gpt-4-turbo-preview");

	/**
	 * The value {@code gpt-4-1106-preview}.
	 */
	public static final ModelIds GPT_4_1106_PREVIEW = new ModelIds("gpt-4-1106-preview");

	/**
	 * The value {@code gpt-4-vision-preview}.
	 */
	public static final ModelIds GPT_4_VISION_PREVIEW = new ModelIds("gpt-4-vision-preview");

	/**
	 * The value {@code gpt-4}.
	 */
	public static final ModelIds GPT_4 = new ModelIds("gpt-4");

	/**
	 * The value {@code gpt-4-0314}.
	 */
	public static final ModelIds GPT_4_0314 = new ModelIds("gpt-4-0314");

	/**
	 * The value {@code gpt-4-0613}.
	 */
	public static final ModelIds GPT_4_0613 = new ModelIds("gpt-4-0613");

	/**
	 * The value {@code gpt-4-32k}.
	 */
	public static final ModelIds GPT_4_32K = new ModelIds("gpt-4-32k");

	/**
	 * The value {@code gpt-4-32k-0314}.
	 */
	public static final ModelIds GPT_4_32K_0314 = new ModelIds("gpt-4-32k-0314");

	/**
	 * The value {@code gpt-4-32k-0613}.
	 */
	public static final ModelIds GPT_4_32K_0613 = new ModelIds("gpt-4-32k-0613");

	/**
	 * The value {@code gpt-3.5-turbo}.
	 */
	public static final ModelIds GPT_3_5_TURBO = new ModelIds("gpt-3.5-turbo");

	/**
	 * The value {@code gpt-3.5-turbo-16k}.
	 */
	public static final ModelIds GPT_3_5_TURBO_16K = new ModelIds("gpt-3.5-turbo-16k");

	/**
	 * The value {@code gpt-3.5-turbo-0301}.
	 */
	public static final ModelIds GPT_3_5_TURBO_0301 = new ModelIds("gpt-3.5-turbo-0301");

	/**
	 * The value {@code gpt-3.5-turbo-0613}.
	 */
	public static final ModelIds GPT_3_5_TURBO_0613 = new ModelIds("gpt-3.5-turbo-0613");

	/**
	 * The value {@code gpt-3.5-turbo-1106}.
	 */
	public static final ModelIds GPT_3_5_TURBO_1106 = new ModelIds("gpt-3.5-turbo-1106");

	/**
	 * The value {@code gpt-3.5-turbo-0125}.
	 */
	public static final ModelIds GPT_3_5_TURBO_0125 = new ModelIds("gpt-3.5-turbo-0125");

	/**
	 * The value {@code gpt-3.5-turbo-16k-0613}.
	 */
	public static final ModelIds GPT_3_5_TURBO_16K_0613 = new ModelIds("gpt-3.5-turbo-16k-0613");

	/**
	 * The value {@code o1-pro}.
	 */
	public static final ModelIds O1_PRO = new ModelIds("o1-pro");

	/**
	 * The value {@code o1-pro-2025-03-19}.
	 */
	public static final ModelIds O1_PRO_2025_03_19 = new ModelIds("o1-pro-2025-03-19");

	/**
	 * The value {@code o3-pro}.
	 */
	public static final ModelIds O3_PRO = new ModelIds("o3-pro");

	/**
	 * The value {@code o3-pro-2025-06-10}.
	 */
	public static final ModelIds O3_PRO_2025_06_10 = new ModelIds("o3-pro-2025-06-10");

	/**
	 * The value {@code o3-deep-research}.
	 */
	public static final ModelIds O3_DEEP_RESEARCH = new ModelIds("o3-deep-research");

	/**
	 * The value {@code o3-deep-research-2025-06-26}.
	 */
	public static final ModelIds O3_DEEP_RESEARCH_2025_06_26 = new ModelIds("o3-deep-research-2025-06-26");

	/**
	 * The value {@code o4-mini-deep-research}.
	 */
	public static final ModelIds O4_MINI_DEEP_RESEARCH = new ModelIds("o4-mini-deep-research");

	/**
	 * The value {@code o4-mini-deep-research-2025-06-26}.
	 */
	public static final ModelIds O4_MINI_DEEP_RESEARCH_2025_06_26 = new ModelIds("o4-mini-deep-research-2025-06-26");

	/**
	 * The value {@code computer-use-preview}.
	 */
	public static final ModelIds COMPUTER_USE_PREVIEW = new ModelIds("computer-use-preview");

	/**
	 * The value {@code computer-use-preview-2025-03-11}.
	 */
	public static final ModelIds COMPUTER_USE_PREVIEW_2025_03_11 = new ModelIds("computer-use-preview-2025-03-11");

	/**
	 * The value {@code gpt-5-codex}.
	 */
	public static final ModelIds GPT_5_CODEX = new ModelIds("gpt-5-codex");

	/**
	 * The value {@code gpt-5-pro}.
	 */
	public static final ModelIds GPT_5_PRO = new ModelIds("gpt-5-pro");

	/**
	 * The value {@code gpt-5-pro-2025-10-06}.
	 */
	public static final ModelIds GPT_5_PRO_2025_10_06 = new ModelIds("gpt-5-pro-2025-10-06");

	/**
	 * The value {@code gpt-5.1-codex-max}.
	 */
	public static final ModelIds GPT_5_1_CODEX_MAX = new ModelIds("gpt-5.1-codex-max");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ModelIds {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static ModelIds of(String value) {
		return switch (value) {
			case "gpt-5.4" -> GPT_5_4;
			case "gpt-5.4-mini" -> GPT_5_4_MINI;
			case "gpt-5.4-nano" -> GPT_5_4_NANO;
			case "gpt-5.4-mini-2026-03-17" -> GPT_5_4_MINI_2026_03_17;
			case "gpt-5.4-nano-2026-03-17" -> GPT_5_4_NANO_2026_03_17;
			case "gpt-5.3-chat-latest" -> GPT_5_3_CHAT_LATEST;
			case "gpt-5.2" -> GPT_5_2;
			case "gpt-5.2-2025-12-11" -> GPT_5_2_2025_12_11;
			case "gpt-5.2-chat-latest" -> GPT_5_2_CHAT_LATEST;
			case "gpt-5.2-pro" -> GPT_5_2_PRO;
			case "gpt-5.2-pro-2025-12-11" -> GPT_5_2_PRO_2025_12_11;
			case "gpt-5.1" -> GPT_5_1;
			case "gpt-5.1-2025-11-13" -> GPT_5_1_2025_11_13;
			case "gpt-5.1-codex" -> GPT_5_1_CODEX;
			case "gpt-5.1-mini" -> GPT_5_1_MINI;
			case "gpt-5.1-chat-latest" -> GPT_5_1_CHAT_LATEST;
			case "gpt-5" -> GPT_5;
			case "gpt-5-mini" -> GPT_5_MINI;
			case "gpt-5-nano" -> GPT_5_NANO;
			case "gpt-5-2025-08-07" -> GPT_5_2025_08_07;
			case "gpt-5-mini-2025-08-07" -> GPT_5_MINI_2025_08_07;
			case "gpt-5-nano-2025-08-07" -> GPT_5_NANO_2025_08_07;
			case "gpt-5-chat-latest" -> GPT_5_CHAT_LATEST;
			case "gpt-4.1" -> GPT_4_1;
			case "gpt-4.1-mini" -> GPT_4_1_MINI;
			case "gpt-4.1-nano" -> GPT_4_1_NANO;
			case "gpt-4.1-2025-04-14" -> GPT_4_1_2025_04_14;
			case "gpt-4.1-mini-2025-04-14" -> GPT_4_1_MINI_2025_04_14;
			case "gpt-4.1-nano-2025-04-14" -> GPT_4_1_NANO_2025_04_14;
			case "o4-mini" -> O4_MINI;
			case "o4-mini-2025-04-16" -> O4_MINI_2025_04_16;
			case "o3" -> O3;
			case "o3-2025-04-16" -> O3_2025_04_16;
			case "o3-mini" -> O3_MINI;
			case "o3-mini-2025-01-31" -> O3_MINI_2025_01_31;
			case "o1" -> O1;
			case "o1-2024-12-17" -> O1_2024_12_17;
			case "o1-preview" -> O1_PREVIEW;
			case "o1-preview-2024-09-12" -> O1_PREVIEW_2024_09_12;
			case "o1-mini" -> O1_MINI;
			case "o1-mini-2024-09-12" -> O1_MINI_2024_09_12;
			case "gpt-4o" -> GPT_4O;
			case "gpt-4o-2024-11-20" -> GPT_4O_2024_11_20;
			case "gpt-4o-2024-08-06" -> GPT_4O_2024_08_06;
			case "gpt-4o-2024-05-13" -> GPT_4O_2024_05_13;
			case "gpt-4o-audio-preview" -> GPT_4O_AUDIO_PREVIEW;
			case "gpt-4o-audio-preview-2024-10-01" -> GPT_4O_AUDIO_PREVIEW_2024_10_01;
			case "gpt-4o-audio-preview-2024-12-17" -> GPT_4O_AUDIO_PREVIEW_2024_12_17;
			case "gpt-4o-audio-preview-2025-06-03" -> GPT_4O_AUDIO_PREVIEW_2025_06_03;
			case "gpt-4o-mini-audio-preview" -> GPT_4O_MINI_AUDIO_PREVIEW;
			case "gpt-4o-mini-audio-preview-2024-12-17" -> GPT_4O_MINI_AUDIO_PREVIEW_2024_12_17;
			case "gpt-4o-search-preview" -> GPT_4O_SEARCH_PREVIEW;
			case "gpt-4o-mini-search-preview" -> GPT_4O_MINI_SEARCH_PREVIEW;
			case "gpt-4o-search-preview-2025-03-11" -> GPT_4O_SEARCH_PREVIEW_2025_03_11;
			case "gpt-4o-mini-search-preview-2025-03-11" -> GPT_4O_MINI_SEARCH_PREVIEW_2025_03_11;
			case "chatgpt-4o-latest" -> CHATGPT_4O_LATEST;
			case "codex-mini-latest" -> CODEX_MINI_LATEST;
			case "gpt-4o-mini" -> GPT_4O_MINI;
			case "gpt-4o-mini-2024-07-18" -> GPT_4O_MINI_2024_07_18;
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
			case "gpt-3.5-turbo-0301" -> GPT_3_5_TURBO_0301;
			case "gpt-3.5-turbo-0613" -> GPT_3_5_TURBO_0613;
			case "gpt-3.5-turbo-1106" -> GPT_3_5_TURBO_1106;
			case "gpt-3.5-turbo-0125" -> GPT_3_5_TURBO_0125;
			case "gpt-3.5-turbo-16k-0613" -> GPT_3_5_TURBO_16K_0613;
			case "o1-pro" -> O1_PRO;
			case "o1-pro-2025-03-19" -> O1_PRO_2025_03_19;
			case "o3-pro" -> O3_PRO;
			case "o3-pro-2025-06-10" -> O3_PRO_2025_06_10;
			case "o3-deep-research" -> O3_DEEP_RESEARCH;
			case "o3-deep-research-2025-06-26" -> O3_DEEP_RESEARCH_2025_06_26;
			case "o4-mini-deep-research" -> O4_MINI_DEEP_RESEARCH;
			case "o4-mini-deep-research-2025-06-26" -> O4_MINI_DEEP_RESEARCH_2025_06_26;
			case "computer-use-preview" -> COMPUTER_USE_PREVIEW;
			case "computer-use-preview-2025-03-11" -> COMPUTER_USE_PREVIEW_2025_03_11;
			case "gpt-5-codex" -> GPT_5_CODEX;
			case "gpt-5-pro" -> GPT_5_PRO;
			case "gpt-5-pro-2025-10-06" -> GPT_5_PRO_2025_10_06;
			case "gpt-5.1-codex-max" -> GPT_5_1_CODEX_MAX;
			default -> new ModelIds(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "gpt-5.4", "gpt-5.4-mini", "gpt-5.4-nano", "gpt-5.4-mini-2026-03-17", "gpt-5.4-nano-2026-03-17",
					"gpt-5.3-chat-latest", "gpt-5.2", "gpt-5.2-2025-12-11", "gpt-5.2-chat-latest", "gpt-5.2-pro",
					"gpt-5.2-pro-2025-12-11", "gpt-5.1", "gpt-5.1-2025-11-13", "gpt-5.1-codex", "gpt-5.1-mini",
					"gpt-5.1-chat-latest", "gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-5-2025-08-07",
					"gpt-5-mini-2025-08-07", "gpt-5-nano-2025-08-07", "gpt-5-chat-latest", "gpt-4.1", "gpt-4.1-mini",
					"gpt-4.1-nano", "gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-nano-2025-04-14",
					"o4-mini", "o4-mini-2025-04-16", "o3", "o3-2025-04-16", "o3-mini", "o3-mini-2025-01-31", "o1",
					"o1-2024-12-17", "o1-preview", "o1-preview-2024-09-12", "o1-mini", "o1-mini-2024-09-12", "gpt-4o",
					"gpt-4o-2024-11-20", "gpt-4o-2024-08-06", "gpt-4o-2024-05-13", "gpt-4o-audio-preview",
					"gpt-4o-audio-preview-2024-10-01", "gpt-4o-audio-preview-2024-12-17",
					"gpt-4o-audio-preview-2025-06-03", "gpt-4o-mini-audio-preview",
					"gpt-4o-mini-audio-preview-2024-12-17", "gpt-4o-search-preview", "gpt-4o-mini-search-preview",
					"gpt-4o-search-preview-2025-03-11", "gpt-4o-mini-search-preview-2025-03-11", "chatgpt-4o-latest",
					"codex-mini-latest", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", "gpt-4-turbo",
					"gpt-4-turbo-2024-04-09", "gpt-4-0125-preview", "gpt-4-turbo-preview", "gpt-4-1106-preview",
					"gpt-4-vision-preview", "gpt-4", "gpt-4-0314", "gpt-4-0613", "gpt-4-32k", "gpt-4-32k-0314",
					"gpt-4-32k-0613", "gpt-3.5-turbo", "gpt-3.5-turbo-16k", "gpt-3.5-turbo-0301", "gpt-3.5-turbo-0613",
					"gpt-3.5-turbo-1106", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-16k-0613", "o1-pro", "o1-pro-2025-03-19",
					"o3-pro", "o3-pro-2025-06-10", "o3-deep-research", "o3-deep-research-2025-06-26",
					"o4-mini-deep-research", "o4-mini-deep-research-2025-06-26", "computer-use-preview",
					"computer-use-preview-2025-03-11", "gpt-5-codex", "gpt-5-pro", "gpt-5-pro-2025-10-06",
					"gpt-5.1-codex-max" ->
				true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

/**
 * The Files API: upload, list, retrieve, download and delete files.
 */
@NullMarked
package dev.reactiveai.openai.files;

import org.jspecify.annotations.NullMarked;

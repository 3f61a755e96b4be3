package org.psychodynamiclibrary.cite;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.psychodynamiclibrary.model.Source;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The formats reference managers read, each with its media type and file extension.
 */
public enum Download {

	BIBTEX(new MediaType("application", "x-bibtex", StandardCharsets.UTF_8), "bib", BibTexExport::write),

	RIS(new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8), "ris", RisExport::write),

	CSL_JSON(new MediaType("application", "vnd.citationstyles.csl+json", StandardCharsets.UTF_8), "json",
			CslJsonExport::write);

	private final MediaType type;

	private final String extension;

	private final Function<List<Source.Metadata>, String> writer;

	Download(MediaType type, String extension, Function<List<Source.Metadata>, String> writer) {
		this.type = type;
		this.extension = extension;
		this.writer = writer;
	}

	public MediaType type() {
		return this.type;
	}

	/** The works as an attachment named {@code <name>.<extension>}. */
	public ResponseEntity<String> of(List<Source.Metadata> works, String name) {
		return ResponseEntity.ok()
			.contentType(this.type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + this.extension).build().toString())
			.body(this.writer.apply(works));
	}

}

package org.psychodynamiclibrary.cite;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.HtmlFormat;

import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FS_ITALIC;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FS_NORMAL;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FS_OBLIQUE;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FV_SMALLCAPS;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FW_BOLD;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.TD_UNDERLINE;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.VA_SUB;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.VA_SUP;

/**
 * citeproc-java's HTML output with elements and classes instead of {@code style=""} attributes (the
 * Content-Security-Policy forbids inline styles), and without the {@code csl-entry} wrapper, so an entry can
 * sit inside a list item.
 */
class CspSafeHtmlFormat extends HtmlFormat {

	@Override
	protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
		return format(buffer).strip();
	}

	@Override
	protected String openFontStyle(int style) {
		return switch (style) {
			case FS_ITALIC, FS_OBLIQUE -> "<i>";
			case FS_NORMAL -> "<span class=\"csl-roman\">";
			default -> "";
		};
	}

	@Override
	protected String closeFontStyle(int style) {
		return switch (style) {
			case FS_ITALIC, FS_OBLIQUE -> "</i>";
			case FS_NORMAL -> "</span>";
			default -> "";
		};
	}

	@Override
	protected String openFontVariant(int variant) {
		return (variant == FV_SMALLCAPS) ? "<span class=\"csl-small-caps\">" : "";
	}

	@Override
	protected String closeFontVariant(int variant) {
		return (variant == FV_SMALLCAPS) ? "</span>" : "";
	}

	@Override
	protected String openFontWeight(int weight) {
		return (weight == FW_BOLD) ? "<b>" : "";
	}

	@Override
	protected String closeFontWeight(int weight) {
		return (weight == FW_BOLD) ? "</b>" : "";
	}

	@Override
	protected String openTextDecoration(int decoration) {
		return (decoration == TD_UNDERLINE) ? "<u>" : "";
	}

	@Override
	protected String closeTextDecoration(int decoration) {
		return (decoration == TD_UNDERLINE) ? "</u>" : "";
	}

	@Override
	protected String openVerticalAlign(int align) {
		return switch (align) {
			case VA_SUP -> "<sup>";
			case VA_SUB -> "<sub>";
			default -> "";
		};
	}

	@Override
	protected String closeVerticalAlign(int align) {
		return switch (align) {
			case VA_SUP -> "</sup>";
			case VA_SUB -> "</sub>";
			default -> "";
		};
	}

}

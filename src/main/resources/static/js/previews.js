/*
 * Previews: hovering, focusing or tapping a citation marker shows the full reference beside it; doing the same
 * on a glossary term marked in an article shows the term's one-sentence summary and a link to its entry.
 * Meets WCAG 2.2 1.4.13: Esc dismisses it, the pointer can move onto it, and it stays until the pointer or
 * focus leaves both marker and preview. Without this script a marker is a plain link: to the reference, or to
 * the glossary entry (whose summary screen readers already hear as the link's description).
 */
(function () {
	"use strict";

	var MARKERS = "sup.citation a[href^='#ref-'], a.term[aria-describedby]";
	var markers = document.querySelectorAll(MARKERS);
	if (markers.length === 0) {
		return;
	}

	var preview = document.createElement("div");
	preview.id = "citation-preview";
	preview.className = "citation-preview";
	preview.hidden = true;
	document.body.appendChild(preview);

	var current = null;
	var hideTimer = null;

	function isTerm(marker) {
		return marker.classList.contains("term");
	}

	function entryFor(marker) {
		var id = isTerm(marker) ? marker.dataset.description : marker.getAttribute("href").slice(1);
		return id ? document.getElementById(id) : null;
	}

	function fillTerm(marker, entry) {
		preview.textContent = "";
		var name = document.createElement("p");
		name.className = "citation-preview__number";
		name.textContent = marker.textContent;
		preview.appendChild(name);
		var summary = document.createElement("p");
		summary.textContent = entry.textContent;
		preview.appendChild(summary);
		var more = document.createElement("a");
		more.href = marker.getAttribute("href");
		more.textContent = "Read the full entry";
		more.className = "citation-preview__meta";
		preview.appendChild(more);
	}

	function fill(marker, entry) {
		if (isTerm(marker)) {
			fillTerm(marker, entry);
			return;
		}
		preview.textContent = "";
		var number = document.createElement("p");
		number.className = "citation-preview__number";
		number.textContent = "Reference " + marker.getAttribute("href").replace("#ref-", "");
		preview.appendChild(number);
		var text = entry.querySelector(".reference__text");
		if (text) {
			var copy = text.cloneNode(true);
			copy.removeAttribute("id");
			preview.appendChild(copy);
		}
		var meta = entry.querySelector(".reference__meta");
		if (meta) {
			var metaCopy = meta.cloneNode(true);
			metaCopy.className = "citation-preview__meta";
			preview.appendChild(metaCopy);
		}
	}

	function place(marker) {
		var box = marker.getBoundingClientRect();
		var width = preview.offsetWidth;
		var left = Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 16);
		preview.style.left = Math.max(window.scrollX + 8, left) + "px";
		var below = box.bottom + window.scrollY + 6;
		var above = box.top + window.scrollY - preview.offsetHeight - 6;
		var fitsBelow = box.bottom + preview.offsetHeight + 6 < document.documentElement.clientHeight;
		preview.style.top = (fitsBelow || above < window.scrollY ? below : above) + "px";
	}

	function show(marker) {
		cancelHide();
		if (current === marker && !preview.hidden) {
			return;
		}
		var entry = entryFor(marker);
		if (!entry) {
			return;
		}
		hide();
		fill(marker, entry);
		preview.hidden = false;
		place(marker);
		marker.setAttribute("aria-describedby", preview.id);
		current = marker;
	}

	function hide() {
		cancelHide();
		if (current) {
			restoreDescription(current);
		}
		preview.hidden = true;
		current = null;
	}

	// A term's own description (its summary) is given back when the preview closes.
	function restoreDescription(marker) {
		if (isTerm(marker)) {
			marker.setAttribute("aria-describedby", marker.dataset.description);
		}
		else {
			marker.removeAttribute("aria-describedby");
		}
	}

	function hideSoon() {
		cancelHide();
		hideTimer = window.setTimeout(hide, 400);
	}

	function cancelHide() {
		if (hideTimer !== null) {
			window.clearTimeout(hideTimer);
			hideTimer = null;
		}
	}

	Array.prototype.forEach.call(markers, function (marker) {
		if (isTerm(marker)) {
			marker.dataset.description = marker.getAttribute("aria-describedby");
		}
		marker.addEventListener("mouseenter", function () { show(marker); });
		marker.addEventListener("mouseleave", hideSoon);
		marker.addEventListener("focus", function () { show(marker); });
		marker.addEventListener("blur", function (event) {
			if (!preview.contains(event.relatedTarget)) {
				hideSoon();
			}
		});
		// A first tap on a touch screen shows the preview (as the finger lifts, without waiting for the click some
		// browsers send later or not at all); a second tap follows the link to the entry.
		marker.addEventListener("pointerdown", function (event) {
			marker.dataset.tapToPreview = (event.pointerType === "touch" && current !== marker) ? "yes" : "";
		});
		marker.addEventListener("pointerup", function (event) {
			if (event.pointerType === "touch" && marker.dataset.tapToPreview === "yes") {
				show(marker);
			}
		});
		marker.addEventListener("click", function (event) {
			if (marker.dataset.tapToPreview === "yes") {
				event.preventDefault();
				show(marker);
			}
		});
	});

	preview.addEventListener("mouseenter", cancelHide);
	preview.addEventListener("mouseleave", hideSoon);
	preview.addEventListener("focusout", function (event) {
		if (!preview.contains(event.relatedTarget) && event.relatedTarget !== current) {
			hideSoon();
		}
	});

	document.addEventListener("keydown", function (event) {
		if (event.key === "Escape" && !preview.hidden) {
			var marker = current;
			var focusWasInside = preview.contains(document.activeElement);
			hide();
			if (focusWasInside && marker) {
				marker.focus();
			}
		}
	});

	document.addEventListener("pointerdown", function (event) {
		if (!preview.hidden && !preview.contains(event.target) && event.target.closest(MARKERS) === null) {
			hide();
		}
	});

	window.addEventListener("resize", function () {
		if (current) {
			place(current);
		}
	});
}());

/**
 * Archival documents shared by the modules: well-formed XHTML rendered as a tagged PDF/A-2a that also meets PDF/UA-1
 * ({@link se.samverka.document.ArchivalPdf}), with embedded Liberation fonts and an sRGB output intent, so no document
 * depends on what the host has; and spreadsheets that print as documents ({@link se.samverka.document.PrintedSheet}).
 */
package se.samverka.document;

/** Local cooperation and usage-right agreements: drafting, documents, signing, versions and deadlines. */
package se.samverka.agreement;

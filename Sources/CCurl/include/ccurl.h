#ifndef WF_CCURL_H
#define WF_CCURL_H
#include <curl/curl.h>

/*
 * libcurl, loaded with dlopen the first time a message is sent rather than linked: linking
 * it makes every `wf` command load libcurl and its thirty-odd dependencies (TLS, Kerberos,
 * LDAP…) at start-up, about 5 ms, though only `notify` to mailto: and http(s):// uses it.
 *
 * Every function loads libcurl if needed; when it cannot be loaded, the functions fail
 * (NULL handle, CURLE_FAILED_INIT) and wf_curl_load_error() says why.
 */

/* NULL when libcurl is loaded, else why it could not be. */
const char *wf_curl_load_error(void);

CURLcode wf_curl_global_init(long flags);
CURL *wf_curl_easy_init(void);
CURLcode wf_curl_easy_perform(CURL *curl);
void wf_curl_easy_cleanup(CURL *curl);
const char *wf_curl_easy_strerror(CURLcode code);
struct curl_slist *wf_curl_slist_append(struct curl_slist *list, const char *text);
void wf_curl_slist_free_all(struct curl_slist *list);

/* curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: one typed
   wrapper per kind of value. */
CURLcode wf_curl_set_long(CURL *curl, CURLoption option, long value);
CURLcode wf_curl_set_string(CURL *curl, CURLoption option, const char *value);
CURLcode wf_curl_set_pointer(CURL *curl, CURLoption option, void *value);
CURLcode wf_curl_set_slist(CURL *curl, CURLoption option, struct curl_slist *value);
typedef size_t (*wf_curl_io_callback)(char *buffer, size_t size, size_t count, void *userdata);
CURLcode wf_curl_set_callback(CURL *curl, CURLoption option, wf_curl_io_callback value);
CURLcode wf_curl_get_long(CURL *curl, CURLINFO info, long *value);

#endif

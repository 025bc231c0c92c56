#ifndef WF_CCURL_SHIM_H
#define WF_CCURL_SHIM_H
#include <curl/curl.h>

/* curl_easy_setopt is variadic, which Swift cannot call: one typed wrapper per kind. */
static inline CURLcode wf_curl_set_long(CURL *curl, CURLoption option, long value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode wf_curl_set_string(CURL *curl, CURLoption option, const char *value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode wf_curl_set_pointer(CURL *curl, CURLoption option, void *value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode wf_curl_set_slist(CURL *curl, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(curl, option, value);
}
typedef size_t (*wf_curl_io_callback)(char *buffer, size_t size, size_t count, void *userdata);
static inline CURLcode wf_curl_set_callback(CURL *curl, CURLoption option, wf_curl_io_callback value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode wf_curl_get_long(CURL *curl, CURLINFO info, long *value) {
    return curl_easy_getinfo(curl, info, value);
}
#endif

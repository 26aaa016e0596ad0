# -*- coding: utf-8 -*-

#
# furl - URL manipulation made simple.
#
# Ansgar Grunseid
# grunseid.com
# grunseid@gmail.com
#
# License: Build Amazing Things (Unlicense)
#

import re
import abc
import warnings
from copy import deepcopy
from posixpath import normpath

import six
from six.moves import urllib
from six.moves.urllib.parse import quote, unquote
try:
    from icecream import ic
except ImportError:  # Graceful fallback if IceCream isn't installed.
    ic = lambda *a: None if not a else (a[0] if len(a) == 1 else a)  # noqa

from .omdict1D import omdict1D
from .compat import string_types, UnicodeMixin
from .common import (
    callable_attr, is_iterable_but_not_string, absent as _absent)


# Map of common protocols, as suggested by the common protocols included in
# urllib/parse.py, to their default ports. Protocol scheme strings are
# lowercase.
#
# TODO(Ans): Is there a public map of schemes to their default ports? If not,
# create one? Best I (Ansgar) could find is
#
#   https://gist.github.com/mahmoud/2fe281a8daaff26cfe9c15d2c5bf5c8b
#
DEFAULT_PORTS = {
    'acap': 674,
    'afp': 548,
    'dict': 2628,
    'dns': 53,
    'ftp': 21,
    'git': 9418,
    'gopher': 70,
    'hdl': 2641,
    'http': 80,
    'https': 443,
    'imap': 143,
    'ipp': 631,
    'ipps': 631,
    'irc': 194,
    'ircs': 6697,
    'ldap': 389,
    'ldaps': 636,
    'mms': 1755,
    'msrp': 2855,
    'mtqp': 1038,
    'nfs': 111,
    'nntp': 119,
    'nntps': 563,
    'pop': 110,
    'prospero': 1525,
    'redis': 6379,
    'rsync': 873,
    'rtsp': 554,
    'rtsps': 322,
    'rtspu': 5005,
    'sftp': 22,
    'sip': 5060,
    'sips': 5061,
    'smb': 445,
    'snews': 563,
    'snmp': 161,
    'ssh': 22,
    'svn': 3690,
    'telnet': 23,
    'tftp': 69,
    'ventrilo': 3784,
    'vnc': 5900,
    'wais': 210,
    'ws': 80,
    'wss': 443,
    'xmpp': 5222,
}


def lget(lst, index, default=None):
    try:
        return lst[index]
    except IndexError:
        return default


def attemptstr(o):
    try:
        return str(o)
    except Exception:
        return o


def utf8(o, default=_absent):
    try:
        return o.encode('utf8')
    except Exception:
        return o if default is _absent else default


def non_string_iterable(o):
    return callable_attr(o, '__iter__') and not isinstance(o, string_types)


# TODO(grun): Support IDNA2008 via the third party idna module. See
# https://github.com/gruns/furl/issues/73#issuecomment-226549755.
def idna_encode(o):
    if callable_attr(o, 'encode'):
        return str(o.encode('idna').decode('utf8'))
    return o


def idna_decode(o):
    if callable_attr(utf8(o), 'decode'):
        return utf8(o).decode('idna')
    return o


def is_valid_port(port):
    port = str(port)
    if not port.isdigit() or not 0 < int(port) <= 65535:
        return False
    return True


def static_vars(**kwargs):
    def decorator(func):
        for key, value in six.iteritems(kwargs):
            setattr(func, key, value)
        return func
    return decorator


def create_quote_fn(safe_charset, quote_plus):
    def quote_fn(s, dont_quote):
        if dont_quote is True:
            safe = safe_charset
        elif dont_quote is False:
            safe = ''
        else:  # <dont_quote> is expected to be a string.
            safe = dont_quote

        # Prune duplicates and characters not in <safe_charset>.
        safe = ''.join(set(safe) & set(safe_charset))  # E.g. '?^#?' -> '?'.

        quoted = quote(s, safe)

#include "SingleInstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace sipref {

namespace {

// The message: its size, a magic word (so a stray client cannot pass for
// SipRef), then the arguments, in QDataStream's Qt 6.0 form; the answer is one byte.
constexpr quint32 kMagic = 0x53695266; // "SiRf"
constexpr char kAccepted = 'A';
// Arguments are a few words; anything larger is not from SipRef.
constexpr quint32 kMaxMessage = 64 * 1024;

QByteArray encode(const QStringList &arguments) {
  QByteArray payload;
  QDataStream out(&payload, QIODevice::WriteOnly);
  out.setVersion(QDataStream::Qt_6_0);
  out << kMagic << arguments;
  QByteArray framed;
  QDataStream frame(&framed, QIODevice::WriteOnly);
  frame.setVersion(QDataStream::Qt_6_0);
  frame << quint32(payload.size());
  return framed + payload;
}

/// The socket file's address; false when the path is too long for one.
bool addressOf(const QByteArray &path, sockaddr_un &address) {
  address = sockaddr_un{};
  address.sun_family = AF_UNIX;
  if (path.isEmpty() || size_t(path.size()) >= sizeof(address.sun_path))
    return false;
  std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
  return true;
}

QString systemError(int error) {
  return QString::fromLocal8Bit(std::strerror(error));
}

/// Waits until `fd` is ready for `events`; false on time-out or error.
bool waitFor(int fd, short events, const QDeadlineTimer &deadline) {
  for (;;) {
    pollfd p{fd, events, 0};
    const int n = ::poll(&p, 1, int(qMin<qint64>(deadline.remainingTime(), INT_MAX)));
    if (n > 0)
      return !(p.revents & (POLLERR | POLLNVAL)) && (p.revents & (events | POLLHUP));
    if (n == 0 || errno != EINTR)
      return false;
  }
}

/// A socket connected to `path`, or -1 (nobody listens: none, or a file left by a crash).
int connectTo(const QByteArray &path) {
  sockaddr_un address;
  if (!addressOf(path, address))
    return -1;
  const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0)
    return -1;
  // A listening Unix socket completes the connection in the kernel, at once.
  int r;
  do
    r = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address));
  while (r != 0 && errno == EINTR);
  if (r != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent), m_key(key), m_path(QFile::encodeName(QDir::tempPath() + u'/' + key)) {}

SingleInstance::~SingleInstance() {
  close();
}

QString SingleInstance::defaultKey() {
  // One socket per user: the home directory tells users apart on every
  // platform, and hashing it keeps the name short and free of separators.
  const QByteArray who = QDir::homePath().toUtf8() + '\n' + QCoreApplication::applicationName().toUtf8();
  return QStringLiteral("sipref-") +
         QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::handOff(const QStringList &arguments, int timeoutMs) {
  const int fd = connectTo(m_path);
  if (fd < 0)
    return false;
  const QDeadlineTimer deadline(timeoutMs);
  const QByteArray message = encode(arguments);
  bool ok = true;
  for (qsizetype sent = 0; ok && sent < message.size();) {
    const ssize_t n = ::send(fd, message.constData() + sent, size_t(message.size() - sent), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0)
      sent += n;
    else if (n < 0 && (errno == EAGAIN || errno == EINTR))
      ok = waitFor(fd, POLLOUT, deadline);
    else
      ok = false;
  }
  // Wait for the running instance to confirm, so that this one does not exit
  // while the arguments are lost (an instance that is shutting down).
  char answer = 0;
  while (ok) {
    ok = waitFor(fd, POLLIN, deadline);
    if (!ok)
      break;
    const ssize_t n = ::recv(fd, &answer, 1, MSG_DONTWAIT);
    if (n == 1)
      break;
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
      ok = false;
  }
  ::close(fd);
  return ok && answer == kAccepted;
}

bool SingleInstance::listen() {
  if (m_listener >= 0)
    return true;
  sockaddr_un address;
  if (!addressOf(m_path, address)) {
    m_error = tr("The path of the single-instance socket is too long: %1").arg(QFile::decodeName(m_path));
    return false;
  }
  const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) {
    m_error = systemError(errno);
    return false;
  }
  auto bindIt = [&] { return ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0; };
  if (!bindIt()) {
    if (errno != EADDRINUSE) {
      m_error = systemError(errno);
      ::close(fd);
      return false;
    }
    // The name is taken. If an instance answered there, handOff() would have
    // succeeded; so the socket is probably left over from a crash: remove it,
    // unless someone does listen there.
    if (const int probe = connectTo(m_path); probe >= 0) {
      ::close(probe);
      m_error = tr("Another instance of SipRef is already running.");
      ::close(fd);
      return false;
    }
    ::unlink(m_path.constData());
    if (!bindIt()) {
      m_error = systemError(errno);
      ::close(fd);
      return false;
    }
  }
  // Only its owner may connect (bind() leaves the umask's bits).
  ::chmod(m_path.constData(), S_IRUSR | S_IWUSR);
  if (::listen(fd, 16) != 0) {
    m_error = systemError(errno);
    ::close(fd);
    ::unlink(m_path.constData());
    return false;
  }
  m_listener = fd;
  m_notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
  connect(m_notifier, &QSocketNotifier::activated, this, &SingleInstance::acceptConnections);
  m_error.clear();
  return true;
}

bool SingleInstance::isListening() const {
  return m_listener >= 0;
}

void SingleInstance::close() {
  while (!m_clients.empty())
    drop(m_clients.begin()->first);
  if (m_listener < 0)
    return;
  delete m_notifier;
  m_notifier = nullptr;
  ::close(m_listener);
  m_listener = -1;
  ::unlink(m_path.constData());
}

void SingleInstance::acceptConnections() {
  for (;;) {
    const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED)
        continue;
      return; // EAGAIN: none left; anything else: try again on the next one
    }
    Client &client = m_clients[fd];
    client.notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    connect(client.notifier, &QSocketNotifier::activated, this, [this, fd] { readFrom(fd); });
    readFrom(fd); // the bytes may have arrived with the connection
  }
}

void SingleInstance::readFrom(int fd) {
  auto it = m_clients.find(fd);
  if (it == m_clients.end())
    return;
  QByteArray &received = it->second.received;
  for (;;) {
    char buffer[4096];
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n > 0) {
      received.append(buffer, n);
      if (received.size() > qsizetype(kMaxMessage + sizeof(quint32)))
        return drop(fd); // more than any message of SipRef's
      continue;
    }
    if (n < 0 && errno == EINTR)
      continue;
    if (n == 0 || errno != EAGAIN)
      return drop(fd); // gone before the whole message came
    break;
  }
  // Read when the whole message is there.
  if (received.size() < qsizetype(sizeof(quint32)))
    return;
  quint32 size = 0;
  {
    QDataStream in(received.first(sizeof(quint32)));
    in >> size;
  }
  if (size > kMaxMessage)
    return drop(fd);
  if (received.size() < qsizetype(sizeof(quint32) + size))
    return;
  QDataStream message(received.sliced(sizeof(quint32), size));
  message.setVersion(QDataStream::Qt_6_0);
  quint32 magic = 0;
  QStringList arguments;
  message >> magic >> arguments;
  if (magic != kMagic || message.status() != QDataStream::Ok)
    return drop(fd);
  ::send(fd, &kAccepted, 1, MSG_NOSIGNAL | MSG_DONTWAIT);
  drop(fd);
  emit argumentsReceived(arguments);
}

void SingleInstance::drop(int fd) {
  auto it = m_clients.find(fd);
  if (it == m_clients.end())
    return;
  // Maybe called from the notifier's own signal: it goes once that has returned.
  it->second.notifier->setEnabled(false);
  it->second.notifier->deleteLater();
  ::close(fd);
  m_clients.erase(it);
}

} // namespace sipref
